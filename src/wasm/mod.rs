//! WebAssembly binding (placeholder).
