// Markdown → sanitised DOM. Article bodies come from authors and imported documents: DOMPurify
// removes scripts, event handlers, javascript: URLs, forms, frames and inline styles, and the shell's
// Content-Security-Policy would block any script that slipped through anyway.
import { marked } from 'marked';
import DOMPurify from 'dompurify';

marked.setOptions({ gfm: true, breaks: false });

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.getAttribute('href')) {
    const href = node.getAttribute('href');
    if (/^https?:/i.test(href) && !href.startsWith(location.origin)) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  }
});

const OPTIONS = {
  RETURN_DOM_FRAGMENT: true,
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'link', 'meta', 'base'],
  FORBID_ATTR: ['style', 'srcset'],
  ALLOW_DATA_ATTR: false,
};

/** The sanitised DOM of a Markdown text (a DocumentFragment). */
export function renderMarkdown(markdown) {
  const html = marked.parse(markdown || '', { async: false });
  return DOMPurify.sanitize(html, OPTIONS);
}
