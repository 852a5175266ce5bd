//! Keyword matching and automatic keywords (issue #4). PLACEHOLDER: matches nothing yet.
