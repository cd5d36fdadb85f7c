// A fact about the person, or a taste, goes with a draft that names what it bears on,
// though the two share no meaning ("I'm colorblind" for a chart, trains for getting from
// Paris to Amsterdam, a diet for local dishes on a trip), and the popup says why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newProfile, readStore, until, stopWorker } from '../support/browser.js';

/** Types `turns` on the ChatGPT fixture, waits until every one of `topics` is learned,
 * and opens the popup on its This tab. */
async function learnedThenPopup(s, turns, topics, what) {
  const page = await s.context.newPage();
  await page.goto('https://chatgpt.com/');
  for (const turn of turns) {
    await page.click('#prompt-textarea');
    await page.keyboard.type(turn);
    await page.keyboard.press('Enter');
  }
  await until(async () => {
    const m = await readStore(s.worker, 'memories');
    return topics.every((t) => m.some((x) => x.topic === t));
  }, 10_000, what);
  const ext = await s.context.newPage();
  await ext.goto(`chrome-extension://${s.extensionId}/extension/popup/popup.html`);
  await ext.click('#tab-page');
  return ext;
}

/** Writes `draft` in the popup and waits until it reminds of `about` alone ("I dislike birds"). */
async function remindsOf(ext, draft, about) {
  await ext.fill('#draft', draft);
  const want = `[Palate: About me: ${about}. Use only if relevant.]`;
  await until(async () => (await ext.locator('#preamble').textContent()) === want, 5_000, `"${about}" for "${draft}"`);
}

/** Writes `draft` in the popup and waits until it shows no reminder. */
async function noReminder(ext, draft) {
  await ext.fill('#draft', draft);
  await until(async () => (await ext.locator('#preamble').getAttribute('class'))?.includes('empty'), 5_000, `no reminder for "${draft}"`);
}

/** Launches Palate, types `turns`, waits for `topics`, then runs `body` with the popup's
 * This tab and the learned memories; no worker errors may come of it. */
async function afterLearning(turns, topics, body) {
  const s = await launch(await newProfile());
  try {
    const ext = await learnedThenPopup(s, turns, topics, "this round's turns learned");
    await body(ext, await readStore(s.worker, 'memories'));
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
}

test('"I\'m colorblind" goes with "Make a chart of my monthly expenses", and the popup says why', async () => {
  const s = await launch(await newProfile());
  try {
    const page = await s.context.newPage();
    await page.goto('https://chatgpt.com/');
    await page.click('#prompt-textarea');
    await page.keyboard.type("I'm colorblind, and I love jazz.");
    await page.keyboard.press('Enter');
    await until(async () => (await readStore(s.worker, 'memories')).some((m) => m.topic === 'colorblind'), 10_000, 'colorblind learned');

    const ext = await s.context.newPage();
    await ext.goto(`chrome-extension://${s.extensionId}/extension/popup/popup.html`);
    await ext.click('#tab-page');
    await ext.fill('#draft', 'Make a chart of my monthly expenses');
    await ext.locator('#preamble:not(.empty)').waitFor();
    assert.equal(await ext.locator('#preamble').textContent(), '[Palate: About me: I am colorblind. Use only if relevant.]');
    assert.match(await ext.locator('#why').textContent(), /colorblind \(About you\) relevance \d\.\d\d \(this kind of request calls for it\)/);

    // The same word in another sense calls for nothing.
    await noReminder(ext, 'Summarize the plot of Hamlet');
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});

test('"I hate flying, trains whenever possible" goes with getting from Paris to Amsterdam, not with a game level', async () => {
  const s = await launch(await newProfile());
  try {
    const page = await s.context.newPage();
    await page.goto('https://chatgpt.com/');
    await page.click('#prompt-textarea');
    await page.keyboard.type('I hate flying, trains whenever possible.');
    await page.keyboard.press('Enter');
    await until(async () => {
      const m = await readStore(s.worker, 'memories');
      return m.some((x) => x.topic === 'trains' && x.polarity === 'like') && m.some((x) => x.topic === 'flying' && x.polarity === 'dislike');
    }, 10_000, 'trains liked and flying disliked');

    const ext = await s.context.newPage();
    await ext.goto(`chrome-extension://${s.extensionId}/extension/popup/popup.html`);
    await ext.click('#tab-page');
    await ext.fill('#draft', 'How should I get from Paris to Amsterdam?');
    await ext.locator('#preamble:not(.empty)').waitFor();
    const said = await ext.locator('#preamble').textContent();
    assert.match(said, /I like trains/);
    assert.match(said, /I dislike flying/);
    assert.match(await ext.locator('#why').textContent(), /trains .*\(this kind of request calls for it\)/);

    await noReminder(ext, 'How do I get to the next level in Zelda?');
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});

test('"My daughter is allergic to peanuts" goes with a school lunch, and a short answer keeps its question in the quote', async () => {
  const s = await launch(await newProfile());
  try {
    const page = await s.context.newPage();
    await page.goto('https://chatgpt.com/');
    await page.click('#prompt-textarea');
    await page.keyboard.type('My daughter is allergic to peanuts.');
    await page.keyboard.press('Enter');
    await page.click('#prompt-textarea');
    await page.keyboard.type('do you like popcorn? i do not at all');
    await page.keyboard.press('Enter');
    await until(async () => {
      const m = await readStore(s.worker, 'memories');
      return m.some((x) => x.topic === 'has a daughter allergic to peanuts') && m.some((x) => x.topic === 'popcorn');
    }, 10_000, 'the allergy and popcorn learned');

    const ext = await s.context.newPage();
    await ext.goto(`chrome-extension://${s.extensionId}/extension/popup/popup.html`);
    await ext.click('#tab-memories');
    await ext.fill('#search', 'popcorn');
    const popcorn = ext.locator('#memories li.memory[data-topic="popcorn"]').first();
    await popcorn.waitFor();
    assert.match(await popcorn.locator('.pol').textContent(), /Dislikes/);
    assert.equal((await popcorn.locator('.quote').textContent()).replace(/[“”"]/g, '').trim(), 'do you like popcorn? i do not at all');

    await ext.click('#tab-page');
    await ext.fill('#draft', 'What should I pack in a school lunch?');
    await ext.locator('#preamble:not(.empty)').waitFor();
    assert.match(await ext.locator('#preamble').textContent(), /I have a daughter allergic to peanuts/);
    await noReminder(ext, 'Summarize the plot of Hamlet');
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});

test('"I hate cilantro" goes with a fish-taco recipe, not a poem, and "love his stuff" is learned as the author named before', async () => {
  const s = await launch(await newProfile());
  try {
    const page = await s.context.newPage();
    await page.goto('https://chatgpt.com/');
    await page.click('#prompt-textarea');
    await page.keyboard.type('I hate cilantro, it tastes like soap.');
    await page.keyboard.press('Enter');
    await page.click('#prompt-textarea');
    await page.keyboard.type("I've been reading Stephen King, love his stuff.");
    await page.keyboard.press('Enter');
    await until(async () => {
      const m = await readStore(s.worker, 'memories');
      return m.some((x) => x.topic === 'cilantro' && x.polarity === 'dislike') && m.some((x) => x.topic === 'stephen king');
    }, 10_000, 'cilantro and Stephen King learned');
    assert.ok(!(await readStore(s.worker, 'memories')).some((m) => m.topic.includes('his stuff')));

    const ext = await s.context.newPage();
    await ext.goto(`chrome-extension://${s.extensionId}/extension/popup/popup.html`);
    await ext.click('#tab-page');
    await ext.fill('#draft', 'Give me a recipe for fish tacos');
    await ext.locator('#preamble:not(.empty)').waitFor();
    assert.equal(await ext.locator('#preamble').textContent(), '[Palate: About me: I dislike cilantro. Use only if relevant.]');
    assert.match(await ext.locator('#why').textContent(), /cilantro .*\(this kind of request calls for it\)/);
    await noReminder(ext, 'Write a poem about autumn');
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});

test('"My favorite band is Radiohead" goes with a request for albums, even after "I love Radiohead" and a worker restart', async () => {
  const s = await launch(await newProfile());
  try {
    const page = await s.context.newPage();
    await page.goto('https://chatgpt.com/');
    for (const turn of ['My favorite band is Radiohead.', "I'm vegetarian.", 'I love Radiohead.']) {
      await page.click('#prompt-textarea');
      await page.keyboard.type(turn);
      await page.keyboard.press('Enter');
    }
    await until(async () => {
      const m = await readStore(s.worker, 'memories');
      const band = m.find((x) => x.topic === 'radiohead');
      return band && band.evidence.length === 2 && m.some((x) => x.topic.includes('vegetarian'));
    }, 10_000, 'Radiohead said twice, and the diet');
    const band = (await readStore(s.worker, 'memories')).find((x) => x.topic === 'radiohead');
    assert.equal(band.named, 'music');
    assert.equal(band.quote, 'I love Radiohead');

    // Chrome stops an idle worker; the store it wakes to must still know the band.
    await stopWorker(s.context);
    const ext = await s.context.newPage();
    await ext.goto(`chrome-extension://${s.extensionId}/extension/popup/popup.html`);
    await ext.click('#tab-page');
    await ext.fill('#draft', 'Recommend me some albums to listen to this weekend');
    await ext.locator('#preamble:not(.empty)').waitFor({ timeout: 20_000 });
    assert.equal(await ext.locator('#preamble').textContent(), '[Palate: About me: I like Radiohead. Use only if relevant.]');
    assert.match(await ext.locator('#why').textContent(), /Radiohead .*\(this kind of request calls for it\)/);
    await noReminder(ext, 'How do I fix a memory leak in Python?');
    // The memory list says what the name is.
    await ext.click('#tab-memories');
    const item = ext.locator('#memories li', { hasText: 'Radiohead' });
    await item.waitFor();
    assert.equal(await item.locator('.meta .named').textContent(), 'music');
    assert.equal(await ext.locator('#memories li', { hasText: 'vegetarian' }).locator('.meta .named').count(), 0);
  } finally {
    await s.context.close();
  }
});

test('"I\'m vegan" and a nut allergy go with local dishes on a trip, flashcards with studying, neither with a poem', async () => {
  const s = await launch(await newProfile());
  try {
    const ext = await learnedThenPopup(s, ["I'm vegan.", 'I have a severe nut allergy.', 'Flashcards never work for me.'], ['vegan diet', 'nuts', 'flashcards'], 'the diet, the allergy and flashcards learned');
    // A dish on a trip is half travel by its words; the allergy is said first, as one.
    await ext.fill('#draft', 'What local dishes should I try in Italy?');
    await ext.locator('#preamble:not(.empty)').waitFor();
    assert.equal(
      await ext.locator('#preamble').textContent(),
      '[Palate: About me: I am allergic to nuts; I follow a vegan diet. Use only if relevant.]',
    );
    await remindsOf(ext, 'How should I study for my biology final?', 'I dislike flashcards');
    assert.match(await ext.locator('#why').textContent(), /flashcards .*\(this kind of request calls for it\)/);
    await noReminder(ext, 'Write a poem about autumn');
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});

test('"I\'m allergic to wool" and "I never wear floral prints" go with spring dresses, a fear of birds with a pet to get, none with a poem', async () => {
  const s = await launch(await newProfile());
  try {
    const ext = await learnedThenPopup(s, ["I'm allergic to wool.", 'I never wear floral prints.', "I'm scared of birds."], ['wool', 'floral prints', 'birds'], 'the material, the pattern and the birds learned');
    // A material and a pattern are far in meaning from a dress; the draft's words call for them.
    await ext.fill('#draft', 'Suggest some dresses for spring');
    await ext.locator('#preamble:not(.empty)').waitFor();
    assert.equal(
      await ext.locator('#preamble').textContent(),
      '[Palate: About me: I am allergic to wool; I dislike floral prints. Use only if relevant.]',
    );
    // Which pet to get: the birds, not the wool ("my apartment" is about the pet here).
    await remindsOf(ext, 'What pet should I get for my apartment?', 'I dislike birds');
    assert.match(await ext.locator('#why').textContent(), /birds .*\(this kind of request calls for it\)/);
    await noReminder(ext, 'Write a short poem about spring flowers');
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});

test('"I love staying at hotels on high floors" goes with where to stay, "I refuse to take Uber" with getting from the airport, neither with a restaurant', async () => {
  const s = await launch(await newProfile());
  try {
    const ext = await learnedThenPopup(s, ['I love staying at hotels on high floors.', 'I refuse to take Uber.'], ['staying at hotels on high floors', 'uber'], 'the hotels and Uber learned');
    await ext.fill('#draft', 'Where should I stay in London?');
    await ext.locator('#preamble:not(.empty)').waitFor();
    assert.equal(
      await ext.locator('#preamble').textContent(),
      '[Palate: About me: I like staying at hotels on high floors. Use only if relevant.]',
    );
    assert.match(await ext.locator('#why').textContent(), /hotels on high floors .*\(this kind of request calls for it\)/);
    await remindsOf(ext, 'How do I get from Heathrow to central London?', 'I dislike Uber');
    // Near in meaning (a trip to London), but a place to stay is not where to eat.
    await noReminder(ext, "I'm looking for a unique dining experience in London. Any must-try restaurants?");
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});

test('"I hate musical theater" goes with a Broadway show, a fear of the ocean with a trip to Maui, neither with a stress test or a home theater', async () => {
  const s = await launch(await newProfile());
  try {
    const ext = await learnedThenPopup(s, ['I hate musical theater.', "I'm terrified of the ocean."], ['musical theater', 'ocean'], 'the theater and the ocean learned');
    await ext.fill('#draft', 'What shows should I see on Broadway next month?');
    await ext.locator('#preamble:not(.empty)').waitFor();
    assert.equal(
      await ext.locator('#preamble').textContent(),
      '[Palate: About me: I dislike musical theater. Use only if relevant.]',
    );
    assert.match(await ext.locator('#why').textContent(), /musical theater .*\(this kind of request calls for it\)/);
    // Far in meaning from a trip; the draft asks what to do there.
    await remindsOf(ext, 'What should I do on my trip to Maui?', 'I dislike the ocean');
    // A stress test is no stress to manage, a home theater no stage show.
    for (const draft of ["What's the stress test for a bridge design?", 'How do I set up a home theater system?']) await noReminder(ext, draft);
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});

test('"I\'d love living close to the mountains" goes with where to relocate, a dislike of the cold with a winter trip, neither with cold brew or a haiku', async () => {
  const s = await launch(await newProfile());
  try {
    const ext = await learnedThenPopup(s, ["I'd love living close to the mountains.", "I can't stand being in cold environments."], ['living close to mountains', 'being in cold environments'], 'the mountains and the cold learned');
    await ext.fill('#draft', 'Which city should I relocate to for remote work?');
    await ext.locator('#preamble:not(.empty)').waitFor();
    assert.equal(
      await ext.locator('#preamble').textContent(),
      '[Palate: About me: I like living close to mountains; I dislike being in cold environments. Use only if relevant.]',
    );
    // A winter trip is a trip into the cold; where one would live is no part of it.
    await remindsOf(ext, 'What should I do on my winter vacation in Norway?', 'I dislike being in cold environments');
    assert.match(await ext.locator('#why').textContent(), /being in cold environments .*\(this kind of request calls for it\)/);
    // Cold brew is no weather, and a poem about mountains asks for no place.
    for (const draft of ['How do I cold-brew coffee?', 'Write a haiku about the mountains.']) await noReminder(ext, draft);
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});

test('"I dislike working in the healthcare industry" goes with career paths, a flower allergy with houseplants, neither with a cron job or banana bread', async () => {
  const s = await launch(await newProfile());
  try {
    const ext = await learnedThenPopup(s, ['I dislike working in the healthcare industry.', 'I have a severe allergy to flowers.'], ['working in healthcare industry', 'flowers'], 'the work and the allergy learned');
    await ext.fill('#draft', 'Can you suggest some fulfilling career paths that involve helping others?');
    await ext.locator('#preamble:not(.empty)').waitFor();
    assert.equal(
      await ext.locator('#preamble').textContent(),
      '[Palate: About me: I dislike working in healthcare industry. Use only if relevant.]',
    );
    assert.match(await ext.locator('#why').textContent(), /working in healthcare industry .*\(this kind of request calls for it\)/);
    // Plants for an office are flowers' business.
    await remindsOf(ext, 'What houseplants would brighten up my desk?', 'I am allergic to flowers');
    // A cron job is no job to choose, and banana bread neither.
    for (const draft of ['How do I set up a cron job?', "What's a good recipe for banana bread?"]) await noReminder(ext, draft);
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});

test('"I can\'t stand vampire stuff" goes with supernatural shows, team-building with getting on with coworkers, neither with a time series or a trip\'s sports', async () => {
  const s = await launch(await newProfile());
  try {
    const ext = await learnedThenPopup(s, ["I can't stand vampire stuff.", 'I hate team-building exercises.'], ['vampire stuff', 'team-building exercises'], 'the vampires and the team-building learned');
    await ext.fill('#draft', 'Any good supernatural shows to binge?');
    await ext.locator('#preamble:not(.empty)').waitFor();
    assert.equal(await ext.locator('#preamble').textContent(), '[Palate: About me: I dislike vampire stuff. Use only if relevant.]');
    assert.match(await ext.locator('#why').textContent(), /vampire stuff .*\(this kind of request calls for it\)/);
    await remindsOf(ext, 'Any ideas to bond with my coworkers?', 'I dislike team-building exercises');
    // A series that is no show, and sports that are no team event.
    for (const draft of ['How do I plot a time series of sales in Python?', 'What sports can I try on my trip to Spain?']) await noReminder(ext, draft);
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});

test('Heights go with a thrill, museums with a day in Rome, wearables with tracking and wool with a sofa; none with nightlife, a laptop or a coffee table', async () => {
  const s = await launch(await newProfile());
  try {
    const turns = ['I dislike museums.', 'I have a fear of heights.', 'I avoid wearable technology.', 'I hate wool.'];
    const ext = await learnedThenPopup(s, turns, ['museums', 'heights', 'wearable technology', 'wool'], 'the four dislikes learned');
    // An adventure asks for the outdoors, not sights; any day out for both.
    await remindsOf(ext, 'Any thrilling experiences for my trip to New Zealand?', 'I dislike heights');
    await remindsOf(ext, 'What should I do in Rome this weekend?', 'I dislike museums and heights');
    await remindsOf(ext, 'How can I monitor my fitness progress?', 'I dislike wearable technology');
    await remindsOf(ext, 'Which sofa should I get for my living room?', 'I dislike wool');
    for (const draft of ['Which cities have a lively nightlife?', 'Recommend a laptop for software development.', 'What coffee table should I buy?']) await noReminder(ext, draft);
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});

test('An allergy to cats goes first for a pet café and neither allergy with a dog\'s food; "animated shows or movies" reaches a movie night', async () => {
  const s = await launch(await newProfile());
  try {
    const turns = [
      "I'm allergic to cats and can't be around them.",
      'I have a severe peanut allergy.',
      'I do not enjoy animated shows or movies.',
      'I avoid restaurants that primarily serve spicy food.',
    ];
    const topics = ['cats', 'peanuts', 'animated shows', 'animated movies', 'restaurants that primarily serve spicy food'];
    const ext = await learnedThenPopup(s, turns, topics, 'the allergies and dislikes learned');
    await remindsOf(ext, 'What are some popular pet cafes I should visit in Tokyo?', 'I am allergic to cats; I am allergic to peanuts');
    await remindsOf(ext, 'Which movie should we watch tonight?', 'I dislike animated movies and animated shows');
    // An adverb stays an adverb when the clause is said shorter.
    await remindsOf(ext, 'Which restaurants in Mexico City should I try?', 'I am allergic to peanuts; I dislike restaurants primarily serving spicy food');
    for (const draft of ['What is the best food for my dog?', 'Plan a weekend in Rome', 'Which laptop should I buy?']) await noReminder(ext, draft);
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});

test('A coconut allergy goes with a hair mask, lactose intolerance is said as a need, a cat\'s food is the cat\'s; Macau calls for gambling, an office suite for software', async () => {
  const s = await launch(await newProfile());
  try {
    const turns = [
      'I have an allergy to coconut and avoid products containing coconut oil.',
      'I avoid dairy products due to lactose intolerance.',
      'I only want to feed my cat homemade, natural food.',
      'I have a strong aversion to any form of gambling or betting.',
      'I strongly dislike subscription-based software.',
    ];
    const topics = ['coconut', 'dairy products', 'homemade natural food for my cat', 'gambling', 'betting', 'subscription-based software'];
    const ext = await learnedThenPopup(s, turns, topics, 'the allergy, the intolerance and the tastes learned');
    await remindsOf(ext, 'Can you recommend some nourishing hair masks for me to try?', 'I am allergic to coconut');
    await remindsOf(ext, 'What local dishes should I try in Amsterdam?', "I am allergic to coconut; I can't have dairy products");
    // The person's food avoidances are not the cat's, and the cat's food is not theirs.
    await remindsOf(ext, "What's the best way to ensure my cat gets all the necessary nutrients?", 'I like homemade natural food for my cat');
    await remindsOf(ext, 'Which hotels in Macau would you recommend for my business trip?', 'I dislike gambling and betting');
    await remindsOf(ext, 'What office productivity suite would you recommend for creating documents?', 'I dislike subscription-based software');
    for (const draft of ['Plan a hike in Colorado', 'Which hiking boots should I buy?', 'Write a haiku about autumn']) await noReminder(ext, draft);
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});

test('A colour beside its slot is learned and goes with a paint job; "that are" is said as English; clothing keeps its modifier', async () => {
  const s = await launch(await newProfile());
  try {
    const turns = [
      'My truck is blue like my favorite color.',
      'I avoid games that are highly competitive.',
      "I don't wear any clothing or accessories made from animal products.",
      'My favorite tea is chamomile.',
    ];
    const topics = ['blue', 'games that are highly competitive', 'clothing made from animal products', 'accessories made from animal products', 'chamomile tea'];
    const ext = await learnedThenPopup(s, turns, topics, 'the colour, the games, the clothing and the tea learned');
    // Not "clothing" alone, nor the truck.
    const learned = (await readStore(s.worker, 'memories')).map((m) => m.topic);
    assert.ok(!learned.includes('clothing') && !learned.some((t) => t.includes('truck')), learned.join(', '));
    await remindsOf(ext, 'Which color should I paint my bedroom?', 'I like blue');
    await remindsOf(ext, "I'm looking for some new online games to play. What would you recommend?", 'I dislike highly competitive games');
    await remindsOf(ext, 'What are some fashionable winter coats I should consider?', 'I dislike clothing and accessories made from animal products');
    await remindsOf(ext, 'Recommend a tea for the evening', 'I like chamomile tea');
    for (const draft of ['Plan a hike in Colorado', 'Write a haiku about autumn', 'Summarize the plot of Hamlet']) await noReminder(ext, draft);
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});

test('A pastime longed for, the one a favourite singles out, a life without alcohol and a colour that does not suit are learned and each goes with its request', async () => {
  const s = await launch(await newProfile());
  try {
    const turns = [
      "I'd love to travel to Italy someday.",
      'Mexican food is my favorite, especially tacos.',
      'I have never had alcohol in my life.',
      'The color orange does not suit me at all.',
    ];
    const topics = ['traveling to italy', 'mexican food', 'tacos', 'alcohol', 'orange'];
    const ext = await learnedThenPopup(s, turns, topics, 'the trip, the food, the abstention and the colour learned');
    // "orange", not "color orange".
    const learned = (await readStore(s.worker, 'memories')).map((m) => m.topic);
    assert.ok(!learned.includes('color orange'), learned.join(', '));
    await remindsOf(ext, 'Plan a trip to Rome', 'I like traveling to Italy');
    await remindsOf(ext, 'Recommend a taco recipe', 'I like mexican food and tacos');
    await remindsOf(ext, 'Suggest a cocktail for a party', 'I dislike alcohol');
    await remindsOf(ext, 'What color should I paint my front door?', 'I dislike orange');
    for (const draft of ['Write a haiku about autumn', 'Summarize the plot of Hamlet']) await noReminder(ext, draft);
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});

test('A chore "it" stands for, a doing left out, The Who and what beats a taste are learned and each goes with its request', async () => {
  const s = await launch(await newProfile());
  try {
    const turns = [
      "I work out every morning, even though I don't like to.",
      "When I can't sleep I clean the house, I usually hate it.",
      'I love The Who, they are my favorite band.',
      'I like tea, but coffee is better.',
    ];
    const topics = ['working out', 'cleaning house', 'the who', 'tea', 'coffee'];
    const ext = await learnedThenPopup(s, turns, topics, 'the chores, the band and the drinks learned');
    // "it" is the cleaning, not the house; "the who" is no relative.
    const learned = (await readStore(s.worker, 'memories')).map((m) => `${m.topic}:${m.polarity}`);
    assert.ok(!learned.some((t) => t.startsWith('house:')), learned.join(', '));
    assert.ok(learned.includes('working out:dislike') && learned.includes('cleaning house:dislike'), learned.join(', '));
    // The habit is learned too, and said with the taste for it.
    await remindsOf(ext, 'Suggest a morning workout routine', 'I work out but dislike it');
    await remindsOf(ext, 'Give me a weekly cleaning schedule', 'I dislike cleaning house');
    await remindsOf(ext, 'Make me a playlist for a road trip', 'I like The Who');
    await remindsOf(ext, 'What should I drink to wake up?', 'I like coffee');
    for (const draft of ['Write a haiku about autumn', 'Summarize the plot of Hamlet']) await noReminder(ext, draft);
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});

test('A verdict with the "I" dropped, a quality said of "it", two dislikes said as a pair, and working out meant as exercise', async () => {
  const s = await launch(await newProfile());
  try {
    const turns = [
      'Went fishing today, love it!',
      "16 Candles, I know it's cheesy but I love it.",
      'I run three miles a day and I hate it.',
      'I hate eating out.',
      'Honestly I hate working out.',
    ];
    const topics = ['fishing', '16 candles', 'running', 'runs', 'eating out', 'working out'];
    const ext = await learnedThenPopup(s, turns, topics, 'the dropped-I verdict, the film, the habit and the phrasal verbs learned');
    // What was said of "it" is not what is loved.
    const learned = (await readStore(s.worker, 'memories')).map((m) => m.topic);
    assert.ok(!learned.includes('cheesy'), learned.join(', '));
    await remindsOf(ext, 'Plan a weekend by the lake', 'I like fishing');
    await remindsOf(ext, 'Recommend a restaurant in Paris', 'I dislike eating out');
    // Two short objects of one verb are said as a pair.
    await remindsOf(ext, 'Suggest a morning workout routine', 'I dislike working out and running');
    // "working out" is exercise, not work.
    for (const draft of ['How do I ask my boss for a raise?', 'Tips for working from home']) await noReminder(ext, draft);
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});

test('A habit and a taste for that doing are said as one clause', async () => {
  const s = await launch(await newProfile());
  try {
    const ext = await learnedThenPopup(s, ['I run three miles a day and I hate it.', 'I love cats.'], ['running', 'runs', 'cats'], 'the habit and its taste learned');
    await remindsOf(ext, 'Suggest a morning workout routine', 'I run but dislike it');
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});

test('Windows left for good, lo-fi dug, jargon kept down and mushrooms judged gross are learned the right way round, and each goes with its request', async () => {
  const s = await launch(await newProfile());
  try {
    const turns = [
      'I switched to Linux last year and honestly never going back to Windows',
      'I really dig lo-fi beats when I code',
      'keep the jargon down please',
      "no mushrooms please, they're gross",
    ];
    const topics = ['uses linux', 'linux', 'windows', 'lo-fi beats', 'technical jargon', 'mushrooms'];
    const ext = await learnedThenPopup(s, turns, topics, "this round's turns learned");
    const memories = await readStore(s.worker, 'memories');
    const polarity = (t) => memories.find((m) => m.topic === t).polarity;
    // Less jargon is wished for, not more; Windows is disliked, and no "goinging".
    assert.equal(polarity('technical jargon'), 'dislike');
    assert.equal(polarity('windows'), 'dislike');
    assert.ok(!memories.some((m) => m.topic.includes('goinging')), memories.map((m) => m.topic).join(', '));
    // A thing used and liked is one clause, and one place: Windows still fits.
    await remindsOf(ext, 'Recommend a laptop for programming', "I use Linux and like it; I dislike Windows; I don't want technical jargon");
    await remindsOf(ext, 'Make me a playlist for coding', "I like lo-fi beats; I don't want technical jargon");
    await remindsOf(ext, 'Give me a pasta recipe', "I dislike mushrooms; I don't want technical jargon");
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});

test('A choice said with ">", a habit given up, how the kids eat and disclaimers spared are learned, and each goes with its request', () =>
  afterLearning(
    ['Dogs > cats', 'I quit drinking last year', 'My kids are picky eaters.', 'spare me the disclaimers'],
    ['dogs', 'cats', 'alcohol', 'has picky-eater kids', 'disclaimers'],
    async (ext, memories) => {
      const polarity = (t) => memories.find((m) => m.topic === t).polarity;
      // The side taken and the one set against it; no "last year" quit.
      assert.equal(polarity('dogs'), 'like');
      assert.equal(polarity('cats'), 'dislike');
      assert.equal(polarity('disclaimers'), 'dislike');
      assert.ok(!memories.some((m) => m.topic.includes('last year')), memories.map((m) => m.topic).join(', '));
      await remindsOf(ext, 'Should I get a pet?', "I like dogs; I dislike cats; I don't want disclaimers");
      await remindsOf(ext, 'Suggest a cocktail for my party', "I gave up alcohol; I don't want disclaimers");
      // The kids' eating goes with a meal, not with a drink.
      await remindsOf(ext, 'Give me a pasta recipe', "I have picky-eater kids; I don't want disclaimers");
      await noReminder(ext, 'Summarize the plot of Hamlet');
    },
  ));

test('A dislike asked as "am I the only one", what a child will not eat, and a wish about units that yields to a diet: each goes with its request', () =>
  afterLearning(
    [
      'am I the only one who hates cilantro?',
      "My son can't have dairy.",
      "I'm lactose intolerant.",
      'Please use metric units.',
      'I use Linux.',
      'I get seasick easily.',
    ],
    ['cilantro', 'has a son who avoids dairy', 'lactose intolerance', 'metric units', 'uses linux', 'gets seasick'],
    async (ext, memories) => {
      assert.equal(memories.find((m) => m.topic === 'cilantro').polarity, 'dislike');
      // Both diets fit before the wish for any answer; neither is dropped for it.
      await remindsOf(ext, 'What should I cook for dinner tonight?', 'my son avoids dairy; I am lactose intolerant; I prefer metric units');
      // A developer's tool runs on the platform.
      await remindsOf(ext, 'How do I install Docker?', 'I use Linux; I prefer metric units');
      // "book a cruise" is about the cruise, not about books.
      await remindsOf(ext, 'Should I book a cruise?', 'my son avoids dairy; I get seasick; I prefer metric units');
      await noReminder(ext, 'Summarize the plot of Hamlet');
    },
  ));

test('Height, glasses and a daughter\'s celiac are facts their requests call for; a bar calls for a night out, not a hostel; a conversion for nothing', () =>
  afterLearning(
    [
      "I'm 6'4 so airplane seats are tough",
      'I wear glasses',
      "I can't stand clubbing.",
      'I hate hostels.',
      'I live in Boston.',
      'My daughter has celiac',
    ],
    ['tall', 'wears glasses', 'clubbing', 'hostels', 'lives in boston', 'has a celiac daughter'],
    async (ext) => {
      await remindsOf(ext, 'Which seat should I pick on a 10 hour flight?', 'I am tall; I live in Boston');
      await remindsOf(ext, 'Which VR headset should I buy?', 'I wear glasses');
      await remindsOf(ext, 'Best bars in Soho?', 'I dislike clubbing; I live in Boston');
      await remindsOf(ext, 'Give me a pancake recipe', 'I have a celiac daughter');
      await noReminder(ext, 'How far is 5 miles in km?');
    },
  ));

test('Consoles, services, a move to come and not swimming are facts their requests call for; a hike goes on foot, so no seasickness', () =>
  afterLearning(
    [
      'I have a PS5 and a Switch',
      'We have Netflix and Hulu',
      "I'm moving to Denver next month",
      "I can't swim",
      'I get seasick',
    ],
    ['has a ps5', 'has a nintendo switch', 'has netflix', 'has hulu', 'moving to denver', 'does not swim', 'gets seasick'],
    async (ext, memories) => {
      // The time of the move is no part of the place.
      assert.ok(!memories.some((m) => m.topic.includes('next month')), memories.map((m) => m.topic).join(', '));
      await remindsOf(ext, 'Recommend a co-op game', 'I have a Nintendo Switch and a PS5');
      await remindsOf(ext, 'What should I watch tonight?', 'I have Netflix and Hulu');
      await remindsOf(ext, 'Find me an apartment near a park', 'I am moving to Denver');
      await remindsOf(ext, 'Plan a snorkeling trip', 'I do not swim; I get seasick');
      await noReminder(ext, 'Plan a 5 mile hike');
    },
  ));

test('A team to manage, a business, an exam, a tiny kitchen and little time to cook are facts their requests call for', () =>
  afterLearning(
    [
      'I manage a team of 8',
      'I run a small bakery',
      "I'm studying for the GRE",
      'I have a tiny kitchen',
      "I don't have much time to cook",
    ],
    ['manages a team', 'owns a small bakery', 'studying for the gre', 'has a tiny kitchen', 'has little time to cook'],
    async (ext) => {
      await remindsOf(ext, 'How do I run a good one-on-one?', 'I manage a team');
      await remindsOf(ext, 'Help me do my taxes this year', 'I own a small bakery');
      await remindsOf(ext, 'Make me a study schedule for the next 2 months', 'I am studying for the GRE');
      await remindsOf(ext, 'What should I make for dinner?', 'I have a tiny kitchen; I have little time to cook');
      await noReminder(ext, 'Write a haiku about rain');
    },
  ));

test('A level said of one field goes with that field only; a stage of school holds as last said; money spent freely and a liked drink each go with their requests', () =>
  afterLearning(
    [
      "I'm new to cooking",
      "I've played guitar for 15 years",
      "I'm in high school",
      "I'm in my first year of college",
      'Money is no object',
      'I love a cold IPA',
    ],
    [
      'beginner-level explanations of cooking',
      'expert-level explanations of guitar',
      'a high school student',
      'a college student',
      'willing to pay for quality',
      'cold ipa',
    ],
    async (ext) => {
      // A level of knowledge of cooking had gone with any draft, as a wish for short
      // answers does.
      await noReminder(ext, 'Summarize the French Revolution');
      await noReminder(ext, 'Write a haiku about rain');
      await remindsOf(ext, 'Give me a recipe for risotto', 'I prefer beginner-level explanations of cooking');
      await remindsOf(ext, 'Which guitar strings should I buy?', 'I prefer expert-level explanations of guitar');
      // College came after high school: only the later is said.
      await remindsOf(ext, 'Make me a study plan for finals', 'I am a college student');
      await remindsOf(ext, 'Which laptop should I buy?', 'I am willing to pay for quality');
      await remindsOf(ext, 'Best bars in Soho?', 'I like cold IPA');
      // Said as a rule, the cooking level is still no wish for every chat.
      await ext.click('#tab-memories');
      const row = ext.locator('#memories li.memory[data-topic="beginner-level explanations of cooking"]');
      await row.waitFor();
      assert.doesNotMatch((await row.locator('.tag').allTextContents()).join(' '), /every chat/);
    },
  ));

test('A medicine, what the household likes or will not eat, a store, long hours and a level of investing each go with their requests, and with no other', () =>
  afterLearning(
    [
      "I'm on blood thinners.",
      "My wife doesn't like spicy food.",
      'My kids are obsessed with dinosaurs.',
      'I shop at Costco.',
      'I work 60 hours a week.',
      "I'm new to investing.",
    ],
    [
      'on blood thinners',
      'has a wife who dislikes spicy food',
      'has kids who love dinosaurs',
      'shops at costco',
      'works long hours',
      'beginner-level explanations of investing',
    ],
    async (ext, memories) => {
      // Someone else's taste is the household's fact, never the person's own.
      assert.ok(!memories.some((m) => m.kind === 'preference'), JSON.stringify(memories.map((m) => m.topic)));
      await remindsOf(ext, 'Is it safe to take ibuprofen?', 'I am on blood thinners');
      await remindsOf(ext, 'Birthday party ideas for my 6 year old', 'my kids love dinosaurs');
      await remindsOf(ext, 'What should I cook for dinner tonight?', 'my wife dislikes spicy food');
      await remindsOf(ext, 'Make me a grocery list for the week', 'I shop at Costco');
      await remindsOf(ext, 'Plan my week', 'I work long hours');
      await remindsOf(ext, 'Should I open a Roth IRA?', 'I prefer beginner-level explanations of investing');
      // Money's area takes in gifts; a level of investing does not.
      await noReminder(ext, 'Gift ideas for my wife');
      await noReminder(ext, 'Write a haiku about rain');
    },
  ));
