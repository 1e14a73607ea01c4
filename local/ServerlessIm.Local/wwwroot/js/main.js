import { ChatClient } from './chat-client.js';
import { ChatPage } from './chat-page.js';
import { loadRegions, signIn } from './session.js';
import { byTestId } from './view/elements.js';
import { RegionView } from './view/region-view.js';
import { StatusView } from './view/status-view.js';

// The page boots here: it learns the regions from the region that served it, then waits for a sign-in.
const root = document.body;
const status = new StatusView(root);
const regionView = new RegionView(root);
const regions = loadRegions();

regions
  .then(({ region, regions: all }) => regionView.showRegion(all.find((r) => r.name === region), all, null))
  .catch((error) => status.show(error.message, 'error'));

byTestId(root, 'sign-in-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const button = byTestId(root, 'sign-in');
  const userId = byTestId(root, 'user-id').value.trim();
  button.disabled = true;
  try {
    const { region, regions: all } = await regions;
    const token = await signIn(all, region, userId);
    const client = new ChatClient({ regions: all, startWith: region, userId, token });
    byTestId(root, 'sign-in-panel').hidden = true;
    byTestId(root, 'chat').hidden = false;
    status.show(`Signed in as ${userId}, talking to ${client.region.name}.`, 'info');
    await new ChatPage(root, client, status, regionView).start();
  } catch (error) {
    status.show(error.message, 'error');
    button.disabled = false;
  }
});
