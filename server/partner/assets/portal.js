// The sandbox portal's own script: a token provider for <seat-usage>, and a log of the widgets' events.

const providers = new Map();

/** One provider per tenant: widgets that share a provider share their Seat API requests too. */
function tokenProvider(tenant) {
  let provider = providers.get(tenant);
  if (!provider) {
    provider = async () => {
      const response = await fetch('/partner/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ tenant }),
      });
      if (!response.ok) throw new Error(`the portal's token endpoint answered ${response.status}`);
      return (await response.json()).token;
    };
    providers.set(tenant, provider);
  }
  return provider;
}

for (const widget of document.querySelectorAll('seat-usage[data-token-provider]')) {
  widget.tokenProvider = tokenProvider(widget.getAttribute('tenant'));
}

const log = document.getElementById('events');
const MAX_LINES = 50;

function record(event) {
  const line = document.createElement('li');
  line.textContent = `${event.type} ${JSON.stringify(event.detail)}`;
  log.prepend(line);
  while (log.children.length > MAX_LINES) log.lastElementChild.remove();
}

document.addEventListener('seatusage:level', record);
document.addEventListener('seatusage:error', record);
document.getElementById('clear-events').addEventListener('click', () => log.replaceChildren());
