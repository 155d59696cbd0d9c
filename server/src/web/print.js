// The Print buttons (app/src/components/print_button.rs): hidden in the page, shown here, because
// printing from a button needs JavaScript. Without it the page says to use the browser's menu.
for (const button of document.querySelectorAll('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
