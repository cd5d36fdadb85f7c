// Offering the preamble while the user writes, per the site's inject mode
// (content/settings-reader.js):
// - ask (default): after the user pauses typing (input events, debounced; no polling)
//   the worker is asked for the draft's preamble (with the conversation's earlier
//   preambles, whose clauses are not said again); when something is relevant, a chip
//   by the composer offers it (Insert, Alt+P, or dismiss). Nothing relevant, an empty
//   draft, or a draft that already holds a preamble: no chip.
// - auto: the same preamble is kept ready and, at the send gesture (capture phase,
//   before the site's own handler), written at the start of the draft, visibly, so the
//   message goes out with it. Only a preamble computed for this draft or a prefix of
//   it is used; otherwise the message goes as it is. The user's send is never held
//   back, and Palate never sends by itself.
// - off, or paused: nothing.
// What the user did with an offered preamble is told to the worker as feedback on the
// memories it used: dismissed (the chip's x, or an inserted preamble deleted before
// sending) or kept (sent with it in place).
(() => {
  if (globalThis.PalateSuggest) return;

  const DEBOUNCE_MS = 300;
  /** The head of a long draft is enough to judge relevance. */
  const MAX_DRAFT = 4000;
  const MARK = '[Palate:';

  /**
   * @typedef {{draft: string, text: string, tokens: number, topics: string[]}} Offer
   *   A preamble and the draft (normalized) it was computed for.
   * @param {{
   *   adapter: import('./registry.js').Adapter,
   *   composer: () => Element | null,
   *   sendControl: () => Element | null,
   *   read: (el: Element) => string,
   *   said: () => string[],
   *   normalize: (text: string) => string,
   *   guard: <F extends Function>(fn: F) => F,
   *   timeout: (fn: () => void, ms: number) => number,
   *   send: (message: object) => Promise<any>,
   *   signal: AbortSignal,
   * }} ctx
   */
  function start(ctx) {
    const { adapter, composer, guard, timeout, send, signal } = ctx;
    const settings = globalThis.PalateSettings;
    /** @returns {'off' | 'ask' | 'auto'} */
    const mode = () => settings?.inject(adapter.id) ?? 'ask';

    /** @type {Offer | null} the latest preamble computed for the draft */
    let latest = null;
    /** @type {Offer | null} what the chip showed or put into the draft */
    let offered = null;
    /** @type {Offer | null} what the chip put into the draft */
    let inserted = null;
    /**
     * Drafts whose reminder was dismissed: nothing is offered again while the draft goes
     * on from one of them, even when a keystroke changes the reminder's wording (a
     * different style wish); a new draft may be offered one.
     * @type {Set<string>}
     */
    const dismissed = new Set();
    let timer = 0;
    /** Numbers the worker's replies: only the answer to the newest question counts. */
    let asked = 0;
    /** Counts sends and navigations: an insertion still under way when one happens stops. */
    let drafts = 0;
    /** An async step's error, logged and reported like any other (guard). */
    const failed = guard((e) => {
      throw e;
    });

    const chip = globalThis.PalateChip.create({
      onInsert: () => void insertFromChip().catch(failed),
      onDismiss: guard(dismiss),
      signal,
    });

    function draftNow() {
      const el = composer();
      if (!el) return null;
      const raw = ctx.read(el) ?? '';
      return { el, raw, draft: ctx.normalize(raw) };
    }

    /** The preamble fits this draft: computed for it, or for a prefix of it. */
    const fits = (offer, draft) => !!offer?.text && (draft === offer.draft || draft.startsWith(offer.draft));

    function feedback(kind, offer) {
      if (!offer?.topics?.length || settings?.paused) return;
      send({ kind: 'edit', edit: { op: 'feedback', topics: offer.topics, feedback: kind } }).then((reply) => {
        if (reply && !reply.ok) console.warn(`[palate:${adapter.id}]`, 'feedback not recorded:', reply.error);
      });
    }

    function reset() {
      latest = offered = inserted = null;
      dismissed.clear();
      chip.hide();
    }

    /** Ask the worker about the draft as it is now. */
    function check() {
      clearTimeout(timer);
      const now = draftNow();
      if (mode() === 'off' || !now) {
        asked++;
        return chip.hide();
      }
      if (!now.draft) {
        asked++;
        return reset();
      }
      if (now.raw.includes(MARK)) return chip.hide();
      const n = ++asked;
      const draft = now.draft;
      send({ kind: 'preamble', draft: draft.slice(0, MAX_DRAFT), said: ctx.said() }).then(
        guard((reply) => {
          if (n !== asked || !reply?.ok) return;
          const { text = '', tokens = 0, topics = [] } = reply.result ?? {};
          latest = { draft, text, tokens, topics };
          render();
        }),
      );
    }

    /** Show the chip for the latest preamble, when it still fits the draft (ask mode). */
    function render() {
      const now = draftNow();
      const show =
        mode() === 'ask' &&
        now &&
        !now.raw.includes(MARK) &&
        fits(latest, now.draft) &&
        ![...dismissed].some((d) => now.draft.startsWith(d));
      if (!show) return chip.hide();
      offered = latest;
      chip.show(latest, now.el, ctx.sendControl());
    }

    async function insertFromChip() {
      const offer = offered;
      if (!offer || !chip.visible) return;
      chip.hide();
      const el = composer();
      const draft = drafts;
      const result = await globalThis.PalateInsert.insert(el, offer.text, () => drafts !== draft || signal.aborted);
      if (signal.aborted || drafts !== draft) return;
      if (result.inserted) inserted = offer;
      else if (result.copied) chip.notice('Copied: paste the reminder into your message.', el, ctx.sendControl());
      else console.warn(`[palate:${adapter.id}]`, 'could not insert the preamble:', result.problem);
    }

    function dismiss() {
      const offer = offered;
      chip.hide();
      if (!offer) return;
      dismissed.add(offer.draft);
      feedback('dismissed', offer);
    }

    function onInput(event) {
      const el = composer();
      if (!el || !el.contains(/** @type {Node} */ (event.target))) return;
      if (mode() === 'off') return;
      clearTimeout(timer);
      timer = timeout(check, DEBOUNCE_MS);
      chip.place();
    }

    function onKeydown(event) {
      if (!chip.visible || !event.altKey || event.ctrlKey || event.metaKey || event.code !== 'KeyP') return;
      const target = /** @type {Node} */ (event.target);
      if (!(composer()?.contains(target) || chip.owns(target))) return;
      event.preventDefault();
      event.stopPropagation();
      insertFromChip().catch(failed);
    }

    document.addEventListener('input', guard(onInput), { capture: true, signal });
    document.addEventListener('keydown', guard(onKeydown), { capture: true, signal });
    const unsubscribe = settings?.onChange(guard(() => {
      clearTimeout(timer);
      if (mode() === 'off') {
        asked++;
        chip.hide();
      } else timer = timeout(check, 0);
    }));
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      unsubscribe?.();
    });

    return {
      /**
       * The user is sending (capture phase: the site has not read the draft yet). In
       * auto mode, put the ready preamble at the start of the draft; then tell the
       * worker what became of what was offered.
       */
      atSend() {
        drafts++;
        clearTimeout(timer);
        asked++;
        chip.hide();
        const now = draftNow();
        if (!now?.draft) return reset();
        let kept = null;
        if (now.raw.includes(MARK)) {
          if (offered && now.raw.includes(offered.text)) kept = offered;
        } else if (mode() === 'auto' && fits(latest, now.draft)) {
          if (globalThis.PalateInsert.insertNow(now.el, latest.text)) kept = latest;
        }
        if (kept) feedback('kept', kept);
        else if (inserted) feedback('dismissed', inserted); // deleted before sending
        reset();
      },
      /** Another conversation: nothing offered carries over. */
      navigated() {
        drafts++;
        clearTimeout(timer);
        asked++;
        reset();
      },
    };
  }

  globalThis.PalateSuggest = { start };
})();
