package org.banli.core.internal.similarity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.banli.api.Actor;
import org.banli.api.item.Item;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemService;
import org.banli.api.similarity.SimilarItem;
import org.banli.api.similarity.SimilarItems;
import org.banli.api.similarity.SimilarItemsService;
import org.banli.api.similarity.SimilarMatch;
import org.banli.api.similarity.SimilarityEngine;
import org.banli.api.similarity.SimilarityIndex;
import org.banli.core.internal.Access;
import org.banli.core.internal.Installed;
import org.banli.store.spi.ItemStore;
import org.banli.store.spi.RepresentationStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One index of every item, by the preferred installed engine, kept in this node's memory: built from the
 * store in the background when the engine comes (at start, or when another is installed), then taking in
 * what was registered since, every few seconds and before each query. All writes to the index happen on
 * one thread, as the SPI asks.
 */
@Component(service = SimilarItemsService.class, configurationPid = SimilaritySettings.PID)
@Designate(ocd = SimilaritySettings.class)
public class SimilarItemsServiceImpl implements SimilarItemsService {

    private static final Logger LOG = LoggerFactory.getLogger(SimilarItemsServiceImpl.class);

    /** How many of the likest are read before they are sorted into this year's and other years'. */
    private static final int CANDIDATES = 60;

    /** How many of each are shown. */
    static final int SHOWN = 10;

    /** Items read from the store at a time while taking them in. */
    private static final int BATCH = 500;

    /** How long a query waits for new items to be taken in before it answers without them (and says so). */
    private static final Duration CATCH_UP_WAIT = Duration.ofSeconds(3);

    private final ItemStore store;
    private final RepresentationStore representations;
    private final ItemService items;
    private final List<String> preference;
    private final Installed<SimilarityEngine> engines =
            new Installed<>("similarity engine", SimilarityEngine.ENGINE_PROPERTY, SimilarityEngine::id);
    private final ScheduledExecutorService work = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "banli-similarity");
        thread.setDaemon(true);
        return thread;
    });

    /** The catch-up queued for queries and not started yet, which further queries join. */
    private final AtomicReference<CompletableFuture<Boolean>> pendingCatchUp = new AtomicReference<>();

    /** The index of the preferred engine once built; {@code null} before, or without an engine. */
    private volatile Indexed current;

    /** An engine's index and the kind and year of every item it holds. */
    private record Indexed(SimilarityEngine engine, SimilarityIndex index, Map<Long, Key> keys) {}

    private record Key(ItemKind kind, int year) {}

    @Activate
    public SimilarItemsServiceImpl(
            @Reference ItemStore store,
            @Reference RepresentationStore representations,
            @Reference ItemService items,
            SimilaritySettings settings) {
        this(store, representations, items, List.of(settings.engines()));
        long every = Math.max(1, settings.refreshSeconds());
        work.scheduleWithFixedDelay(this::catchUpLogged, every, every, TimeUnit.SECONDS);
    }

    /** Without a schedule: queries take new items in. */
    public SimilarItemsServiceImpl(
            ItemStore store, RepresentationStore representations, ItemService items, List<String> preference) {
        this.store = store;
        this.representations = representations;
        this.items = items;
        // A cfg file gives "semantic,lexical" as one value.
        this.preference = preference.stream()
                .flatMap(names -> java.util.Arrays.stream(names.split(",")))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addEngine(SimilarityEngine engine, Map<String, Object> properties) {
        if (engines.add(engine, properties)) {
            work.execute(this::followPreferredLogged);
        }
    }

    public void removeEngine(SimilarityEngine engine) {
        if (engines.remove(engine)) {
            work.execute(this::followPreferredLogged);
        }
    }

    @Deactivate
    public void stop() {
        work.shutdownNow();
    }

    @Override
    public SimilarItems of(Actor actor, long id) {
        Item item = items.get(actor, id);
        boolean complete = caughtUp();
        Indexed indexed = current;
        if (indexed == null) {
            return SimilarItems.none();
        }
        List<SimilarMatch> matches = indexed.keys().containsKey(id)
                ? indexed.index().like(id, CANDIDATES)
                : indexed.index().like(item.title(), item.body(), CANDIDATES);
        return answer(actor, indexed, complete, item.kind(), item.year(), id, matches);
    }

    @Override
    public SimilarItems like(Actor actor, ItemDraft draft) {
        boolean complete = caughtUp();
        Indexed indexed = current;
        if (indexed == null) {
            return SimilarItems.none();
        }
        List<SimilarMatch> matches = indexed.index().like(draft.title(), draft.body(), CANDIDATES);
        return answer(actor, indexed, complete, draft.kind(), draft.year(), null, matches);
    }

    @Override
    public List<List<Integer>> duplicatesAmong(List<ItemDraft> drafts) {
        SimilarityEngine engine = preferred();
        if (engine == null) {
            return drafts.stream().<List<Integer>>map(d -> List.of()).toList();
        }
        SimilarityIndex batch = engine.newIndex();
        for (int i = 0; i < drafts.size(); i++) {
            batch.put(i, drafts.get(i).title(), drafts.get(i).body());
        }
        return IntStream.range(0, drafts.size())
                .<List<Integer>>mapToObj(i -> batch.like(i, SHOWN).stream()
                        .filter(m -> m.score() >= engine.mergeThreshold())
                        .map(m -> (int) m.id())
                        .filter(j -> drafts.get(j).kind() == drafts.get(i).kind()
                                && Objects.equals(
                                        drafts.get(j).year(), drafts.get(i).year()))
                        .toList())
                .toList();
    }

    /**
     * This year's likely duplicates and other years' items of one matter among the likest, as far as the actor
     * reads them; items already merged into the one asked about are in its file, not candidates.
     */
    private SimilarItems answer(
            Actor actor,
            Indexed indexed,
            boolean complete,
            ItemKind kind,
            Integer year,
            Long self,
            List<SimilarMatch> matches) {
        List<SimilarMatch> duplicates = new ArrayList<>();
        List<SimilarMatch> otherYears = new ArrayList<>();
        for (SimilarMatch match : matches) {
            Key key = indexed.keys().get(match.id());
            if (key == null) {
                continue;
            }
            boolean sameYear = year != null && key.year() == year;
            if (sameYear
                    && key.kind() == kind
                    && match.score() >= indexed.engine().mergeThreshold()) {
                duplicates.add(match);
            } else if (!sameYear && match.score() >= indexed.engine().relatedThreshold()) {
                otherYears.add(match);
            }
        }
        List<Long> ids = new ArrayList<>();
        duplicates.forEach(m -> ids.add(m.id()));
        otherYears.forEach(m -> ids.add(m.id()));
        Map<Long, Item> found = new HashMap<>();
        for (Item item : store.find(ids)) {
            if (Access.readsSummary(actor, item)
                    && (self == null || !self.equals(item.progress().mergedInto()))) {
                found.put(item.id(), item);
            }
        }
        Map<Long, ItemStore.Outcome> outcomes = store.outcomes(found.keySet());
        return new SimilarItems(
                indexed.engine().id(),
                complete,
                shown(duplicates, found, outcomes),
                shown(otherYears, found, outcomes));
    }

    private static List<SimilarItem> shown(
            List<SimilarMatch> matches, Map<Long, Item> found, Map<Long, ItemStore.Outcome> outcomes) {
        return matches.stream()
                .filter(m -> found.containsKey(m.id()))
                .limit(SHOWN)
                .map(m -> {
                    ItemStore.Outcome outcome = outcomes.get(m.id());
                    return new SimilarItem(
                            found.get(m.id()),
                            m.score(),
                            m.sharedTerms(),
                            outcome == null ? null : outcome.replyClass());
                })
                .toList();
    }

    /**
     * Takes in what was registered since, on the work thread, waiting a little: whether the index holds every item.
     * Queries that come while a catch-up waits to start join it (it starts after they came, so it sees what they
     * would), instead of each queueing a count of the items of its own.
     */
    private boolean caughtUp() {
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> waiting = pendingCatchUp.compareAndExchange(null, mine);
        if (waiting == null) {
            waiting = mine;
            try {
                work.execute(() -> {
                    pendingCatchUp.set(null);
                    try {
                        mine.complete(catchUp());
                    } catch (RuntimeException e) {
                        mine.completeExceptionally(e);
                    }
                });
            } catch (RejectedExecutionException e) {
                pendingCatchUp.set(null);
                return false;
            }
        }
        try {
            return waiting.get(CATCH_UP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            LOG.warn("Similar items: new items not taken in: {}", e.getCause().toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether the index holds every item after taking in the missing ones (items are never deleted). */
    private boolean catchUp() {
        Indexed indexed = current;
        if (indexed == null || indexed.engine() != preferred()) {
            followPreferred();
            indexed = current;
            if (indexed == null) {
                return false;
            }
        }
        long stored = store.find(ItemQuery.page(0, 1)).total();
        if (stored != indexed.keys().size()) {
            Map<Long, Key> keys = indexed.keys();
            int taken = takeIn(
                    indexed,
                    store.ids().stream().filter(id -> !keys.containsKey(id)).toList());
            LOG.debug("Similar items: {} new items taken in", taken);
        }
        return true;
    }

    private void catchUpLogged() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.warn("Similar items: new items not taken in; the next round tries again: {}", e.toString());
        }
    }

    /** Builds the preferred engine's index when it is not the one held, and drops the index without an engine. */
    private void followPreferred() {
        SimilarityEngine engine = preferred();
        Indexed held = current;
        if (engine == null) {
            current = null;
            return;
        }
        if (held != null && held.engine() == engine) {
            return;
        }
        long started = System.nanoTime();
        Indexed built = new Indexed(engine, engine.newIndex(), new ConcurrentHashMap<>());
        int taken = takeIn(built, store.ids());
        current = built;
        LOG.info(
                "Similar items: {} items indexed by the {} engine in {} ms",
                taken,
                engine.id(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void followPreferredLogged() {
        try {
            followPreferred();
        } catch (RuntimeException e) {
            LOG.warn("Similar items: the index was not built; the next round tries again: {}", e.toString());
        }
    }

    /**
     * Puts items into the index by their texts, or for an engine that keeps representations by those kept with
     * the items, making and keeping the ones missing (a model's vectors are slow to make: a start reads them back).
     */
    private int takeIn(Indexed indexed, List<Long> ids) {
        SimilarityEngine engine = indexed.engine();
        String kept = engine.representation();
        int taken = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Map<Long, byte[]> stored = kept == null ? Map.of() : representations.find(kept, batch);
            Map<Long, byte[]> made = new HashMap<>();
            for (Item item : store.find(batch)) {
                if (kept == null) {
                    indexed.index().put(item.id(), item.title(), item.body());
                } else {
                    byte[] representation = stored.get(item.id());
                    if (representation == null) {
                        representation = engine.represent(item.title(), item.body());
                        made.put(item.id(), representation);
                    }
                    indexed.index().put(item.id(), item.title(), item.body(), representation);
                }
                indexed.keys().put(item.id(), new Key(item.kind(), item.year()));
                taken++;
            }
            if (!made.isEmpty()) {
                try {
                    representations.keep(kept, made);
                    LOG.debug("Similar items: {} representations {} made and kept", made.size(), kept);
                } catch (RuntimeException e) {
                    // Kept only to spare the next start the work: the index has them all the same.
                    LOG.warn("Similar items: {} representations {} not kept: {}", made.size(), kept, e.toString());
                }
            }
        }
        return taken;
    }

    /** The first installed engine of the county's order of preference, else the first installed by name. */
    private SimilarityEngine preferred() {
        return preference.stream()
                .flatMap(name -> engines.get(name).stream())
                .findFirst()
                .orElseGet(() -> engines.all().stream().findFirst().orElse(null));
    }
}
