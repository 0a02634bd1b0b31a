package vn.connector.nationalportal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.util.Objects;
import javax.sql.DataSource;
import vn.connector.core.internal.Json;
import vn.connector.nationalportal.internal.DossierLedger;
import vn.connector.nationalportal.internal.DossierWire;
import vn.connector.nationalportal.internal.PortalCalls;
import vn.connector.nationalportal.internal.ProgressWire;
import vn.connector.nationalportal.model.Dossier;
import vn.connector.nationalportal.model.DossierStatus;
import vn.connector.nationalportal.model.ProgressEntry;
import vn.connector.outbox.Dispatcher;
import vn.connector.outbox.Outbox;
import vn.connector.outbox.OutboxItem;

/**
 * Every dossier change for the national portal, through the portal's outbox: written in the
 * portal's own transaction, delivered at least once and in order per dossier by a {@link
 * Dispatcher}, parked with the national code and text when refused, visible in {@link
 * Outbox#report()}. Immutable and thread-safe.
 *
 * <pre>{@code
 * NationalPortalSync sync = NationalPortalSync.builder(client, outbox)
 *     .statusMapping(mapping)
 *     .createSchema(dataSource)                   // or run schema.sql in your migrations
 *     .build();
 * Dispatcher dispatcher = sync.deliverers(Dispatcher.builder(outbox)).threads(4).build();
 * dispatcher.start();
 *
 * try (Connection tx = dataSource.getConnection()) {
 *   tx.setAutoCommit(false);
 *   // ... the portal's own update of the dossier ...
 *   sync.sync(tx, dossier, "DANG_THAM_DINH");    // mapped, checked, enqueued
 *   sync.progress(tx, entry);
 *   tx.commit();                                  // all or nothing
 * }
 * }</pre>
 *
 * <p>Before anything is enqueued: the dossier and entry are valid (their records check themselves),
 * a local state is mapped, and the move from the last state enqueued for the dossier is one the
 * national list allows ({@link DossierStatus#canMoveTo}); each is an {@link
 * IllegalArgumentException} naming the field, and the portal rolls back. The last state lives in
 * the table {@code national_portal_dossier} ({@code vn/connector/nationalportal/schema.sql}),
 * written in the same transaction; its first version goes out as new, later ones as updates (an "đã
 * tồn tại" still turns a create into an update). Items have the system {@value #SYSTEM}, the
 * dossier code as key, and type {@value #DOSSIER} or {@value #PROGRESS}.
 */
public final class NationalPortalSync {

  /** The outbox system of every item. */
  public static final String SYSTEM = PortalCalls.SYSTEM;

  /** The outbox type of a dossier version. */
  public static final String DOSSIER = "dossier";

  /** The outbox type of a progress entry. */
  public static final String PROGRESS = "progress";

  private final NationalPortalClient client;
  private final Outbox outbox;
  private final StatusMapping mapping;

  private NationalPortalSync(Builder b) {
    this.client = b.client;
    this.outbox = b.outbox;
    this.mapping = b.mapping;
  }

  public static Builder builder(NationalPortalClient client, Outbox outbox) {
    return new Builder(client, outbox);
  }

  /**
   * Enqueues this version of the dossier in {@code tx}.
   *
   * @return the outbox item id
   * @throws IllegalArgumentException when the move from the last state enqueued is not allowed
   */
  public long sync(Connection tx, Dossier dossier) {
    Objects.requireNonNull(tx, "tx");
    Objects.requireNonNull(dossier, "dossier");
    long version = DossierLedger.advance(tx, dossier).map(p -> p.versions() + 1).orElse(1L);
    ObjectNode payload = Json.mapper().createObjectNode().put("update", version > 1);
    payload.set("hoSo", DossierWire.write(dossier));
    String code = dossier.code().value();
    return outbox.enqueue(
        tx, new OutboxItem(SYSTEM, code, DOSSIER, payload.toString(), code + "#v" + version));
  }

  /**
   * Enqueues the dossier in the national state the portal's {@code localState} maps to.
   *
   * @throws IllegalArgumentException when the local state is not mapped, or the move not allowed
   * @throws IllegalStateException when no status mapping was configured
   */
  public long sync(Connection tx, Dossier dossier, String localState) {
    Objects.requireNonNull(dossier, "dossier");
    return sync(tx, dossier.withStatus(mapping().toNational(localState)));
  }

  /**
   * Enqueues a progress entry in {@code tx}, behind every earlier change of its dossier.
   *
   * @throws IllegalArgumentException when the dossier was never synced through this outbox
   */
  public long progress(Connection tx, ProgressEntry entry) {
    Objects.requireNonNull(tx, "tx");
    Objects.requireNonNull(entry, "entry");
    String code = entry.dossier().value();
    if (DossierLedger.current(tx, code).isEmpty()) {
      throw new IllegalArgumentException(
          "progress.dossier: " + code + " was never synced; sync the dossier before its progress");
    }
    return outbox.enqueue(
        tx, OutboxItem.of(SYSTEM, code, PROGRESS, ProgressWire.write(entry).toString()));
  }

  /**
   * Registers the deliverers of {@value #DOSSIER} and {@value #PROGRESS} items with a dispatcher
   * being built, and returns it.
   */
  public Dispatcher.Builder deliverers(Dispatcher.Builder dispatcher) {
    Objects.requireNonNull(dispatcher, "dispatcher");
    PortalDeliverers d = new PortalDeliverers(client);
    return dispatcher
        .deliverer(SYSTEM, DOSSIER, d::dossier)
        .deliverer(SYSTEM, PROGRESS, d::progress);
  }

  private StatusMapping mapping() {
    if (mapping == null) {
      throw new IllegalStateException("no status mapping: set one with Builder.statusMapping");
    }
    return mapping;
  }

  /** Builds a {@link NationalPortalSync}. */
  public static final class Builder {
    private final NationalPortalClient client;
    private final Outbox outbox;
    private StatusMapping mapping;

    private Builder(NationalPortalClient client, Outbox outbox) {
      this.client = Objects.requireNonNull(client, "client");
      this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /** The portal's local states onto the national list, for {@code sync(tx, dossier, state)}. */
    public Builder statusMapping(StatusMapping mapping) {
      this.mapping = Objects.requireNonNull(mapping, "mapping");
      return this;
    }

    /**
     * Creates {@code national_portal_dossier} now if absent (default: the portal's migrations run
     * {@code schema.sql}). For demos and H2; in production the application's user often may not
     * create tables.
     */
    public Builder createSchema(DataSource dataSource) {
      DossierLedger.createSchema(Objects.requireNonNull(dataSource, "dataSource"));
      return this;
    }

    public NationalPortalSync build() {
      return new NationalPortalSync(this);
    }
  }
}
