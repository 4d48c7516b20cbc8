// Interface language (Simplified Chinese or English), switchable at any time; dates and numbers
// follow it. Each feature folder registers its own messages (messages.js) at import.

const SUPPORTED = ['zh-CN', 'en'];
const STORAGE_KEY = 'kb.locale';
const catalogs = { 'zh-CN': {}, en: {} };
const listeners = new Set();

let current = initialLocale();
document.documentElement.lang = current;

function initialLocale() {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (SUPPORTED.includes(saved)) return saved;
  const preferred = navigator.languages?.[0] || navigator.language || 'zh-CN';
  return preferred.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** registerMessages({en: {...}, 'zh-CN': {...}}) */
export function registerMessages(messages) {
  for (const locale of SUPPORTED) Object.assign(catalogs[locale], messages[locale] || {});
}

export function locale() {
  return current;
}

export const locales = SUPPORTED;

export function setLocale(next) {
  if (!SUPPORTED.includes(next) || next === current) return;
  current = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
  for (const listener of listeners) listener(next);
}

/** Calls fn(locale) whenever the language changes; returns a function that stops it. */
export function onLocaleChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/**
 * The message for key in the current language, with {name} placeholders filled from params.
 * Numbers in params are formatted for the language. A missing key shows itself (and warns), so
 * that a forgotten translation is visible, not blank.
 */
export function t(key, params) {
  let text = catalogs[current][key] ?? catalogs.en[key];
  if (text === undefined) {
    console.warn(`i18n: no message for ${key}`);
    return key;
  }
  if (params) {
    text = text.replace(/\{(\w+)\}/g, (m, name) => {
      const value = params[name];
      if (value === undefined || value === null) return '';
      return typeof value === 'number' ? formatNumber(value) : String(value);
    });
  }
  return text;
}

const cache = new Map();
function format(kind, options) {
  const key = `${current}|${kind}`;
  if (!cache.has(key)) {
    cache.set(key, kind === 'number' ? new Intl.NumberFormat(current, options) : new Intl.DateTimeFormat(current, options));
  }
  return cache.get(key);
}

export function formatNumber(n) {
  return format('number').format(n);
}

export function formatDate(iso) {
  return iso ? format('date', { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(iso)) : '';
}

export function formatDateTime(iso) {
  return iso ? format('datetime', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '';
}

/** "3 days ago", "in 2 weeks", in the current language. */
export function formatRelative(iso) {
  if (!iso) return '';
  const seconds = (new Date(iso).getTime() - Date.now()) / 1000;
  const rtf = new Intl.RelativeTimeFormat(current, { numeric: 'auto' });
  const units = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60]];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(Math.round(seconds), 'second');
}

export function formatBytes(bytes) {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit += 1; }
  return `${new Intl.NumberFormat(current, { maximumFractionDigits: unit ? 1 : 0 }).format(value)} ${units[unit]}`;
}
