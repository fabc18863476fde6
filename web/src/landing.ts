/** Landing page: a click in a token field selects the whole token, ready to copy. */
for (const input of document.querySelectorAll<HTMLInputElement>('input.token')) {
  input.addEventListener('focus', () => input.select());
}
