/**
 * Landing page: served as static English HTML (readable without scripts);
 * this puts every string marked `data-i18n` in the reader's language (the
 * one the other pages saved, else the browser's), and switches on the
 * language picker. A click in a token field selects the whole token, ready to copy.
 */
import { initialLanguage, isMessageKey, saveLanguage, translator, type Language } from './shared/i18n.js';

function apply(lang: Language): void {
  const t = translator(lang);
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = el.dataset['i18n'] ?? '';
    if (isMessageKey(key)) el.textContent = t(key, { page: el.dataset['page'] ?? '' });
  }
  for (const input of document.querySelectorAll<HTMLInputElement>('input.token')) {
    const roleKey = `role.${input.dataset['role'] ?? ''}`;
    const role = isMessageKey(roleKey) ? t(roleKey) : (input.dataset['role'] ?? '');
    input.setAttribute('aria-label', t('landing.tokenOf', { role, id: input.dataset['id'] ?? '' }));
  }
  document.title = t('app.title');
}

const picker = document.querySelector<HTMLSelectElement>('#lang');
const lang = initialLanguage();
if (picker !== null) {
  picker.value = lang;
  picker.addEventListener('change', () => {
    const next = picker.value === 'fr' ? 'fr' : 'en';
    saveLanguage(next);
    apply(next);
  });
}
apply(lang);

for (const input of document.querySelectorAll<HTMLInputElement>('input.token')) {
  input.addEventListener('focus', () => input.select());
}
