// Interface strings, English and Arabic. Elements carry data-i18n (text) or
// data-i18n-placeholder (placeholder); apply() switches the whole page, direction included.
export const STRINGS = {
  en: {
    title: "article-analyzer",
    tagline: "Paste an article. It is analysed in this browser tab; nothing is sent anywhere.",
    article: "Article text",
    sample: "Sample article",
    open: "Open file…",
    placeholder: "Paste or drop an article here — Arabic, English, French…",
    highlights: "Highlights",
    cleanText: "Clean text",
    copy: "Copy",
    copied: "Copied.",
    keywords: "Keywords",
    keywordsPlaceholder: "Type a term, Enter or comma to add (group: term)",
    keywordsHelp: "Click a keyword to step through its occurrences.",
    autoKeywords: "Automatic keywords",
    statistics: "Statistics",
    language: "Language",
    characters: "Characters",
    words: "Words",
    sentences: "Sentences",
    paragraphs: "Paragraphs",
    exportJson: "Export JSON",
    exportCsv: "Quotes as CSV",
    quotes: "Quotes",
    speaker: "Speaker",
    allSpeakers: "All speakers",
    unknownSpeaker: "(unknown)",
    direct: "direct",
    partial: "partial",
    indirect: "indirect",
    remove: "Remove",
    loading: "Loading the analyzer…",
    ready: "Ready.",
    analysing: "Analysing…",
    rendering: "Showing the article…",
    analysed: (ms) => `Analysed in ${ms} ms.`,
    changes: (n) => (n === 0 ? "No change needed." : `${n} change${n === 1 ? "" : "s"} marked.`),
    noQuotes: "No quotes found.",
    uiSwitch: "عربي",
  },
  ar: {
    title: "محلّل المقالات",
    tagline: "الصق مقالاً. يُحلَّل في هذه النافذة من المتصفح ولا يُرسَل إلى أي مكان.",
    article: "نص المقال",
    sample: "مقال نموذجي",
    open: "فتح ملف…",
    placeholder: "الصق مقالاً هنا أو اسحبه — بالعربية أو الإنجليزية أو الفرنسية…",
    highlights: "الإبراز",
    cleanText: "النص المنظَّف",
    copy: "نسخ",
    copied: "نُسخ.",
    keywords: "الكلمات المفتاحية",
    keywordsPlaceholder: "اكتب كلمة ثم Enter أو فاصلة (مجموعة: كلمة)",
    keywordsHelp: "انقر كلمة للتنقل بين مواضعها.",
    autoKeywords: "كلمات مفتاحية تلقائية",
    statistics: "إحصاءات",
    language: "اللغة",
    characters: "الأحرف",
    words: "الكلمات",
    sentences: "الجمل",
    paragraphs: "الفقرات",
    exportJson: "تصدير JSON",
    exportCsv: "الاقتباسات CSV",
    quotes: "الاقتباسات",
    speaker: "القائل",
    allSpeakers: "كل القائلين",
    unknownSpeaker: "(غير معروف)",
    direct: "مباشر",
    partial: "جزئي",
    indirect: "غير مباشر",
    remove: "إزالة",
    loading: "جارٍ تحميل المحلّل…",
    ready: "جاهز.",
    analysing: "جارٍ التحليل…",
    rendering: "جارٍ عرض المقال…",
    analysed: (ms) => `حُلّل في ${ms} ملّي ثانية.`,
    changes: (n) => (n === 0 ? "لا حاجة إلى تغيير." : `${n} تغييرات مُعلَّمة.`),
    noQuotes: "لا اقتباسات.",
    uiSwitch: "English",
  },
};

let current = "en";

export function t(key, ...args) {
  const value = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return typeof value === "function" ? value(...args) : value;
}

export function uiLanguage() {
  return current;
}

export function apply(language) {
  current = language in STRINGS ? language : "en";
  document.documentElement.lang = current;
  document.documentElement.dir = current === "ar" ? "rtl" : "ltr";
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = t(el.dataset.i18nPlaceholder);
}
