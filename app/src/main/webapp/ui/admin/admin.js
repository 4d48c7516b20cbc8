// Placeholder until the Administration screen is written (issue 5).
import { h } from '../core/dom.js';

export function render(outlet) {
  outlet.append(h('h1', null, 'Administration'));
}
