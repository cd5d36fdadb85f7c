// The popup (minimal for now): what Palate has observed so far.
const status = document.getElementById('status');

async function show() {
  const reply = await chrome.runtime.sendMessage({ kind: 'status' });
  if (!reply?.ok) {
    status.textContent = `Palate could not start: ${reply?.error ?? 'no answer'}`;
    return;
  }
  const { signals } = reply.result;
  status.textContent =
    signals === 0
      ? 'Nothing learned yet. Chat on ChatGPT as usual: Palate notices what you like and dislike.'
      : `Palate has observed ${signals} message${signals === 1 ? '' : 's'} you sent.`;
}

show().catch((e) => {
  status.textContent = `Palate could not start: ${e.message}`;
});
