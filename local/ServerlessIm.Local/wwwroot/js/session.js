// What the page needs before it can chat: the regions it may use, and a development token.
// Limitation: the page signs in only through the local runner's development sign-in, and a token is not renewed
// (after its 8 hours the page must be reloaded).

/** @returns {Promise<{region: string, regions: {name: string, url: string}[]}>} from the serving region */
export async function loadRegions() {
  const response = await fetch('api/dev/regions', { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`This region did not list the regions (it answered ${response.status}).`);
  }

  return response.json();
}

/**
 * Signs in with the local runner's development sign-in, trying each region from `startWith` on; a token
 * from one region is valid in every region of the run.
 */
export async function signIn(regions, startWith, userId) {
  const first = Math.max(0, regions.findIndex((r) => r.name === startWith));
  const ordered = [...regions.slice(first), ...regions.slice(0, first)];
  let failure = null;
  for (const region of ordered) {
    let response;
    try {
      response = await fetch(new URL('api/dev/token', region.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ userId }),
      });
    } catch (error) {
      // No answer: try the next region.
      failure = error;
      continue;
    }

    if (response.status >= 500) {
      failure = new Error(`${region.name} answered ${response.status}.`);
      continue;
    }

    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(answer.errors?.userId?.join(' ') ?? answer.detail ?? 'Sign-in was refused.');
    }

    return answer.token;
  }

  throw new Error(`No region signed you in: ${failure?.message}`);
}
