// Keyboard and leaving: Ctrl/Cmd+S saves; leaving with unsaved work (closing the tab, following a
// link inside the app, or the screen being replaced) keeps a local copy and asks first where it can.
import { t } from '../core/i18n.js';
import { confirmDialog } from '../core/ui.js';

/** Listens for the editor `ed`; returns the cleanup the router calls when the screen goes. */
export function guardLeaving(ed) {
  const unsaved = () => !ed.leaving && (ed.isDirty() || ed.merging);

  const onKey = (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      if (!ed.merging) ed.save();
    }
  };
  const onBeforeUnload = (event) => {
    if (unsaved()) {
      ed.keepLocal();
      event.preventDefault();
      event.returnValue = '';
    }
  };
  const onClick = async (event) => {
    const link = event.target.closest?.('a[href^="#/"]');
    if (!link || ed.leaving || link.target === '_blank' || event.defaultPrevented) return;
    if (!(ed.isDirty() || ed.merging) || link.getAttribute('href') === location.hash) return;
    event.preventDefault();
    event.stopPropagation();
    ed.keepLocal();
    const ok = await confirmDialog(t('editor.leaveTitle'), t('editor.leaveText'), { confirmLabel: t('editor.leave'), danger: true });
    if (ok) {
      ed.leaving = true;
      location.hash = link.getAttribute('href');
    }
  };
  document.addEventListener('keydown', onKey);
  window.addEventListener('beforeunload', onBeforeUnload);
  document.addEventListener('click', onClick, true);

  return () => {
    document.removeEventListener('keydown', onKey);
    window.removeEventListener('beforeunload', onBeforeUnload);
    document.removeEventListener('click', onClick, true);
    ed.storeLocal.cancel();
    if (unsaved()) ed.handOver();
    ed.merging?.cleanup?.();
    ed.markdown.destroy();
  };
}
