// The browser entry. The Phaser scenes arrive with the browser game (issue 4);
// until then the page says how to play the call in a terminal.
const root = document.getElementById('game');
if (root) {
  root.innerHTML = '';
  const heading = document.createElement('h1');
  heading.textContent = 'Standoff';
  const note = document.createElement('p');
  note.textContent =
    'The browser game is being built. Play the call in a terminal: npm run scenario -- play scenarios/2026-01-12-sheinbaum-trump-call.yaml --side mexico';
  root.append(heading, note);
}
