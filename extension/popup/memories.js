// The Memories panel: what Palate learned, grouped by cluster, searchable, correctable.
// Every correction goes through the worker's `edit` message, so it is logged.

import { h, fill, uid } from './dom.js';
import { ago, day, edit, fill01, siteLabel, KINDS, KIND_LABEL, NAMED_LABEL } from './api.js';

/** Memories shown before "Show more" (keeps the first render fast at 1,000 memories). */
const PAGE = 60;
/** Members' topics that name a cluster in an edit (the core takes up to 16). */
const NAMING = 8;
/** Strength (net, in the memory's direction) at and above which a memory counts as strong. */
const STRONG = 0.5;

/**
 * @param {{list: HTMLElement, count: HTMLElement, faded: HTMLElement, fadedSection: HTMLElement,
 *   fadedCount: HTMLElement, toast: (text: string, action?: {label: string, run: () => any}) => void,
 *   reload: () => Promise<void>}} ui
 */
export function memoriesView(ui) {
  /** @type {any} */
  let review = { clusters: [], unclustered: [], faded: [] };
  /** Showing the last snapshot while the worker's fresh review is on its way. */
  let stale = false;
  const filter = { text: '', kind: '', site: '', strength: '' };
  const open = new Set(); // expanded cluster ids, kept across re-renders
  const editing = new Set(); // memory ids whose actions are shown
  /** Clusters whose description is being written: id → the text in the field. */
  const describing = new Map();
  let shown = PAGE;
  /** Members shown per open cluster (a group can hold hundreds). */
  const clusterShown = new Map();

  const matches = (m) =>
    (!filter.kind || m.kind === filter.kind) &&
    (!filter.site || m.sites.includes(filter.site)) &&
    (!filter.strength || (filter.strength === 'strong') === Math.abs(m.strength) >= STRONG) &&
    (!filter.text || m.topic.includes(filter.text) || m.quote.toLowerCase().includes(filter.text));

  const filtering = () => Boolean(filter.text || filter.kind || filter.site || filter.strength);
  // A snapshot lists only the first screen; these are the whole counts.
  const size = (c) => c.size ?? c.members.length;
  const looseSize = () => review.sizes?.unclustered ?? review.unclustered.length;
  const fadedSize = () => review.sizes?.faded ?? review.faded.length;

  /** The badge before a topic. A fact is not a taste: "Likes has a dog" reads wrong, and
   *  the preamble says a fact as it is ("I have a dog") or as "I avoid X". */
  function polarity(m) {
    if (m.kind === 'fact') {
      return m.polarity === 'like'
        ? h('span', { class: 'pol fact' }, 'Fact')
        : h('span', { class: 'pol dislike' }, 'Avoids');
    }
    return h('span', { class: `pol ${m.polarity}` }, m.polarity === 'like' ? 'Likes' : 'Dislikes');
  }

  function bar(strength, direction, scale, label) {
    const f = fill01(strength, scale);
    return h(
      'div',
      {
        class: `bar ${direction < 0 ? 'dislike' : 'like'}`,
        role: 'meter',
        'aria-label': label,
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': Math.round(f * 100),
      },
      h('i', { style: `width:${(f * 100).toFixed(1)}%;opacity:${(0.35 + 0.65 * f).toFixed(2)}` }),
    );
  }

  function sitesText(sites) {
    return sites.length ? `from ${sites.map(siteLabel).join(', ')}` : '';
  }

  /** One memory: polarity, topic, strength, evidence, quote, and (when opened) its corrections. */
  function memoryItem(m, { faded = false, opposes = false } = {}) {
    const li = h('li', { class: 'memory', dataset: { id: String(m.id), topic: m.topic } });
    const more = h(
      'button',
      {
        type: 'button',
        class: 'more',
        'aria-expanded': String(editing.has(m.id)),
        'aria-label': `Edit memory: ${m.topic}`,
        onclick: () => {
          if (editing.has(m.id)) editing.delete(m.id);
          else editing.add(m.id);
          render();
          ui.list.querySelector(`li.memory[data-id="${m.id}"] .more`)?.focus();
        },
      },
      'Edit',
    );
    li.append(
      h('div', { class: 'line' },
        polarity(m),
        h('span', { class: 'topic' }, m.written ?? m.topic),
        m.provenance === 'pinned' && h('span', { class: 'tag', title: 'Pinned: never fades' }, 'pinned'),
        m.provenance === 'user' && h('span', { class: 'tag', title: 'You wrote or corrected this' }, 'yours'),
        m.hidden && h('span', { class: 'tag', title: 'Never added to a chat' }, 'not used'),
        m.standing && !m.hidden && h('span', { class: 'tag', title: 'You asked for this as a rule, or more than once: it goes with any message, once per conversation' }, 'every chat'),
        opposes && h('span', { class: 'tag', title: 'The group’s description (written by your AI provider) says this one goes against it' }, 'opposes'),
        faded
          ? [
            h('button', { type: 'button', class: 'more', 'aria-label': `Restore ${m.topic}`, onclick: () => act({ op: 'restore', topic: m.topic }, `Restored “${m.topic}”.`) }, 'Restore'),
            h('button', { type: 'button', class: 'more', 'aria-label': `Delete ${m.topic} for good`, onclick: () => remove(m) }, 'Delete'),
          ]
          : more,
      ),
      bar(m.strength, m.polarity === 'like' ? 1 : -1, 0.5, `Strength of ${m.topic}`),
      h('div', { class: 'meta' },
        h('span', null, KIND_LABEL[m.kind] ?? m.kind),
        m.named && h('span', { class: 'named', title: 'What you said it is: a request for this kind of thing brings it up' }, NAMED_LABEL[m.named] ?? m.named),
        h('span', null, `${m.evidence} mention${m.evidence === 1 ? '' : 's'}`),
        h('span', { title: day(m.last_seen) }, `last ${ago(m.last_seen)}`),
        m.sites.length > 0 && h('span', null, sitesText(m.sites)),
      ),
      m.quote && h('p', { class: 'quote' }, m.quote),
    );
    if (m.suggestion) li.append(memorySuggestion(m));
    if (!faded && editing.has(m.id)) li.append(actions(m));
    return li;
  }

  /**
   * Automation may not rewrite your own memories; it proposes, you decide. Dismissed,
   * the same proposal stays away until the evidence says something else.
   */
  function memorySuggestion(m) {
    const s = m.suggestion;
    const accept = s.polarity
      ? { op: 'flip', topic: m.topic }
      : s.kind
        ? { op: 'kind', topic: m.topic, kind: s.kind }
        : null;
    return h('p', { class: 'suggestion' },
      h('span', null, `Suggestion: ${s.reason}.`),
      h('span', { class: 'choices' },
        accept && h('button', { type: 'button', 'aria-label': `Accept suggestion for ${m.topic}`, onclick: () => act(accept, 'Suggestion accepted.') }, 'Accept'),
        h('button', { type: 'button', 'aria-label': `Dismiss suggestion for ${m.topic}`, onclick: () => act({ op: 'dismiss_suggestion', topic: m.topic }, 'Suggestion dismissed.') }, 'Dismiss')),
    );
  }

  function actions(m) {
    const kind = h('select', { 'aria-label': `Kind of ${m.topic}`, onchange: (e) => act({ op: 'kind', topic: m.topic, kind: e.target.value }, 'Kind changed.') },
      KINDS.map((k) => h('option', { value: k, selected: k === m.kind }, KIND_LABEL[k])));
    const pinned = m.provenance === 'pinned';
    return h('div', { class: 'actions' },
      h('button', { type: 'button', onclick: (e) => renameForm(m, e.target.closest('li')) }, 'Rename'),
      h('button', { type: 'button', 'aria-label': `Flip to ${m.polarity === 'like' ? 'dislikes' : 'likes'}: ${m.topic}`, onclick: () => act({ op: 'flip', topic: m.topic }, `Now: you ${m.polarity === 'like' ? 'dislike' : 'like'} ${m.topic}.`) },
        m.polarity === 'like' ? 'Actually dislike' : 'Actually like'),
      kind,
      h('button', { type: 'button', 'aria-pressed': String(pinned), onclick: () => act({ op: 'pin', topic: m.topic, pinned: !pinned }, pinned ? 'Unpinned.' : 'Pinned: it will not fade.') }, pinned ? 'Unpin' : 'Pin'),
      h('button', { type: 'button', 'aria-pressed': String(m.hidden), onclick: () => act({ op: 'hide', topic: m.topic, hidden: !m.hidden }, m.hidden ? 'Palate may use it again.' : 'Palate will keep it but never add it to a chat.') },
        m.hidden ? 'Use in chats' : 'Don’t use'),
      h('button', { type: 'button', onclick: () => remove(m) }, 'Delete'),
    );
  }

  function renameForm(m, li) {
    const id = uid('rename');
    const input = h('input', { id, value: m.topic, maxlength: 120, autocomplete: 'off' });
    const form = h('form', { class: 'rename', onsubmit: (e) => {
      e.preventDefault();
      const to = input.value.trim();
      if (to && to !== m.topic) act({ op: 'topic', topic: m.topic, to }, `Renamed to “${to}”.`);
      else form.remove();
    } },
      h('label', { class: 'visually-hidden', for: id }, `New name for ${m.topic}`),
      input,
      h('button', { type: 'submit' }, 'Save'),
      h('button', { type: 'button', onclick: () => form.remove() }, 'Cancel'),
    );
    li.querySelector('.rename')?.remove();
    li.append(form);
    input.focus();
    input.select();
  }

  async function act(e, done) {
    try {
      await edit(e);
      ui.toast(done);
      await ui.reload();
    } catch (err) {
      ui.toast(`Could not change it: ${err.message}`);
    }
  }

  /** Delete now; Undo writes it back as the user's own memory, with its kind, pin and use. */
  async function remove(m) {
    try {
      await edit({ op: 'delete', topic: m.topic });
    } catch (err) {
      ui.toast(`Could not delete it: ${err.message}`);
      return;
    }
    editing.delete(m.id);
    await ui.reload();
    ui.toast(`Deleted “${m.topic}”.`, {
      label: 'Undo',
      run: async () => {
        try {
          await edit({ op: 'add', topic: m.topic, kind: m.kind, polarity: m.polarity });
          if (m.provenance === 'pinned') await edit({ op: 'pin', topic: m.topic, pinned: true });
          if (m.hidden) await edit({ op: 'hide', topic: m.topic, hidden: true });
          ui.toast(`Brought back “${m.topic}”.`);
        } catch (err) {
          ui.toast(`Could not bring it back: ${err.message}`);
        }
        await ui.reload();
      },
    });
  }

  /** A cluster is named to the worker by its strongest members' topics (ids may not survive a rebuild). */
  const naming = (c) => c.members.slice(0, NAMING).map((m) => m.topic);

  function describe(c, text) {
    describing.set(c.id, text);
    render();
    const input = ui.list.querySelector(`[data-cluster="${c.id}"] .describe input`);
    input?.focus();
    input?.select();
  }

  /** The form for a cluster's own words: saving pins them. */
  function describeForm(c) {
    const id = uid('describe');
    const input = h('input', {
      id, value: describing.get(c.id), maxlength: 120, autocomplete: 'off',
      oninput: (e) => describing.set(c.id, e.target.value),
    });
    const close = () => {
      describing.delete(c.id);
      render();
      ui.list.querySelector(`[data-cluster="${c.id}"] > .head`)?.focus();
    };
    return h('form', { class: 'describe', onsubmit: async (e) => {
      e.preventDefault();
      const text = input.value.trim();
      if (!text || text === c.description) return close();
      describing.delete(c.id);
      await act({ op: 'describe_cluster', members: naming(c), description: text }, 'Your words are kept for this group.');
    } },
      h('label', { class: 'visually-hidden', for: id }, `Description of the group ${c.description}`),
      input,
      h('button', { type: 'submit' }, 'Save'),
      h('button', { type: 'button', onclick: close }, 'Cancel'),
    );
  }

  /** A pinned cluster keeps its words; automation's new ones are offered, never written. */
  function clusterSuggestion(c) {
    const named = size(c) > 0;
    return h('p', { class: 'suggestion' },
      h('span', null, `Palate would now say “${c.suggestion}”. This group is pinned, so it keeps its words.`),
      named && h('span', { class: 'choices' },
        h('button', { type: 'button', 'aria-label': `Accept suggested description: ${c.suggestion}`, onclick: () => act({ op: 'describe_cluster', members: naming(c), description: c.suggestion }, 'Suggestion accepted.') }, 'Accept'),
        h('button', { type: 'button', 'aria-label': `Edit suggested description: ${c.suggestion}`, onclick: () => { open.add(c.id); describe(c, c.suggestion); } }, 'Edit'),
        h('button', { type: 'button', 'aria-label': `Dismiss suggested description: ${c.suggestion}`, onclick: () => act({ op: 'dismiss_cluster_suggestion', members: naming(c) }, 'Suggestion dismissed.') }, 'Dismiss')),
    );
  }

  function clusterItem(c, members) {
    const isOpen = open.has(c.id) || (filtering() && members.length > 0);
    const bodyId = `cluster-${c.id}`;
    const strength = Math.abs(c.strength);
    const el = h('section', { class: `cluster${isOpen ? ' open' : ''}`, dataset: { cluster: String(c.id) } },
      h('button', {
        type: 'button', class: 'head', 'aria-expanded': String(isOpen), 'aria-controls': bodyId,
        onclick: () => {
          if (open.has(c.id)) open.delete(c.id);
          else open.add(c.id);
          render();
          ui.list.querySelector(`[data-cluster="${c.id}"] > .head`)?.focus();
        },
      },
        h('span', { class: 'desc' }, c.description || members.map((m) => m.topic).join(', ')),
        bar(strength, c.direction, 1, `Strength of ${c.description}`),
        h('span', { class: 'meta' },
          h('span', null, `${size(c)} memories`),
          h('span', null, `${c.evidence} mentions`),
          h('span', { title: day(c.last_seen) }, `last ${ago(c.last_seen)}`),
          c.sites.length > 0 && h('span', null, sitesText(c.sites)),
          c.provenance === 'pinned' && h('span', { class: 'tag', title: c.authored ? 'Your words: Palate keeps them' : 'A pinned memory keeps these words' }, 'pinned'),
          c.drift && h('span', { class: 'tag', title: 'Recent messages differ from the long run' }, 'changing'),
        ),
      ),
      c.suggestion && clusterSuggestion(c),
    );
    if (isOpen && size(c)) {
      el.append(describing.has(c.id)
        ? describeForm(c)
        : h('div', { class: 'actions cluster-actions' },
          h('button', { type: 'button', 'aria-label': `Edit description: ${c.description}`, onclick: () => describe(c, c.description) }, 'Edit description'),
          c.authored && h('button', {
            type: 'button', 'aria-label': `Use Palate's words for this group instead of: ${c.description}`,
            onclick: () => act({ op: 'automatic_description', members: naming(c) }, 'Palate describes this group again.'),
          }, "Use Palate's words")));
    }
    if (isOpen) {
      const limit = clusterShown.get(c.id) ?? PAGE;
      el.append(h('ul', { class: 'list', id: bodyId }, members.slice(0, limit).map((m) => memoryItem(m, { opposes: (c.opposing ?? []).includes(m.topic) }))));
      if (members.length > limit) {
        el.append(h('button', { type: 'button', class: 'show-more', onclick: () => { clusterShown.set(c.id, limit + PAGE * 4); render(); } },
          `Show ${Math.min(PAGE * 4, members.length - limit)} more in this group`));
      }
    }
    return el;
  }

  function emptyState() {
    return h('div', { class: 'empty-state' },
      h('h2', null, 'Palate hasn’t learned anything yet'),
      h('p', null, 'Chat as usual on ChatGPT, Claude, Gemini and other assistants. When you say what you like or dislike, Palate remembers it here, in this browser only:'),
      h('ul', null,
        h('li', null, '“I love spicy ramen but I hate cilantro”'),
        h('li', null, '“Keep answers short, please”'),
        h('li', null, '“I’m vegetarian”')),
      h('p', null, 'Next time, it can add one short, relevant reminder to your message. You can also tell it something yourself below.'),
    );
  }

  function render() {
    const clusters = review.clusters
      .map((c) => ({ c, members: c.members.filter(matches), named: filter.text && c.description.toLowerCase().includes(filter.text) }))
      .map((x) => ({ ...x, members: x.named && !filter.kind && !filter.site && !filter.strength ? x.c.members : x.members }))
      .filter((x) => !filtering() || x.members.length > 0);
    const loose = review.unclustered.filter(matches);
    const faded = review.faded.filter(matches);
    const total = review.clusters.reduce((n, c) => n + size(c), 0) + looseSize();
    const looseCount = filtering() ? loose.length : looseSize();
    const visible = clusters.reduce((n, x) => n + x.members.length, 0) + loose.length;

    ui.list.setAttribute('aria-busy', String(stale));
    if (total === 0 && fadedSize() === 0) {
      fill(ui.count, '');
      fill(ui.list, emptyState());
    } else {
      const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
      fill(ui.count, filtering()
        ? `${visible} of ${plural(total, 'memory', 'memories')} ${visible === 1 ? 'matches' : 'match'}`
        : review.clusters.length
          ? `${plural(total, 'memory', 'memories')} in ${plural(review.clusters.length, 'group', 'groups')}`
          : plural(total, 'memory', 'memories'));
      const parts = [];
      if (clusters.length) parts.push(h('h2', { class: 'group-title' }, 'Groups'), clusters.map((x) => clusterItem(x.c, x.members)));
      if (loose.length) {
        parts.push(h('h2', { class: 'group-title' }, clusters.length ? 'Other memories' : 'Memories'),
          h('ul', { class: 'list' }, loose.slice(0, shown).map((m) => memoryItem(m))));
        if (looseCount > shown) {
          parts.push(h('button', { type: 'button', class: 'show-more', onclick: () => { shown += PAGE * 4; render(); } }, `Show ${Math.min(PAGE * 4, looseCount - shown)} more`));
        }
      }
      if (!clusters.length && !loose.length) parts.push(h('p', { class: 'muted' }, filtering() ? 'Nothing matches. Try fewer filters.' : 'Everything has faded; see below.'));
      fill(ui.list, parts);
    }
    ui.fadedSection.hidden = fadedSize() === 0;
    fill(ui.fadedCount, `(${fadedSize()})`);
    if (ui.fadedSection.open) fill(ui.faded, faded.map((m) => memoryItem(m, { faded: true })));
  }
  ui.fadedSection.addEventListener('toggle', () => ui.fadedSection.open && render());

  return {
    /**
     * @param {any} next the worker's review
     * @param {{stale?: boolean}} [how] stale: a snapshot; the list stays aria-busy
     */
    show(next, { stale: old = false } = {}) {
      review = next;
      stale = old;
      render();
    },
    /** @param {Partial<typeof filter>} change */
    filter(change) {
      Object.assign(filter, change);
      filter.text = filter.text.trim().toLowerCase();
      shown = PAGE;
      render();
    },
    /** Every memory shown or not, by id (for "why" in the preamble). */
    byId() {
      const all = new Map();
      for (const c of review.clusters) for (const m of c.members) all.set(m.id, m);
      for (const m of [...review.unclustered, ...review.faded]) all.set(m.id, m);
      return all;
    },
    clusters: () => new Map(review.clusters.map((c) => [c.id, c])),
    /**
     * What a closed popup shows first, to paint from before the worker answers: every
     * cluster with the few members that name it, the first page of the rest, and counts.
     */
    snapshot: () => ({
      clusters: review.clusters.map((c) => ({ ...c, members: c.members.slice(0, NAMING), size: size(c) })),
      unclustered: review.unclustered.slice(0, PAGE),
      faded: [],
      sizes: { unclustered: looseSize(), faded: fadedSize() },
    }),
  };
}
