package vn.connector.criminalrecord;

import java.sql.Connection;
import java.util.Objects;
import vn.connector.core.CallContext;
import vn.connector.core.ConnectorException;
import vn.connector.core.Masking;
import vn.connector.criminalrecord.internal.ReportPayload;
import vn.connector.criminalrecord.model.ResultReport;
import vn.connector.outbox.Deliverer;
import vn.connector.outbox.DeliveryOutcome;
import vn.connector.outbox.Outbox;
import vn.connector.outbox.OutboxItem;

/**
 * Reports the results of VNeID-originated dossiers (traKetQuaHoSoLLTP) through the outbox, so that
 * none is lost: enqueue in the transaction that records the result, and the dispatcher delivers it,
 * also after a restart, retrying only what the ministry calls transient ({@code 03}, or no answer
 * at all); "không thể cập nhật lên trạng thái" counts as delivered; any other refusal is parked
 * with the ministry's code for an officer to look at.
 *
 * <pre>{@code
 * ResultReporter reporter = new ResultReporter(client);
 * reporter.enqueue(tx, outbox, context, ResultReport.result(code, ProcessingState.DONE, dueOn, details));
 * Dispatcher dispatcher = Dispatcher.builder(outbox)
 *     .deliverer(ResultReporter.SYSTEM, ResultReporter.TYPE, reporter.deliverer())
 *     .build();
 * dispatcher.start();
 * }</pre>
 *
 * <p>One report per (dossier, kind, state): enqueuing the same again adds nothing, and reports of
 * one dossier go out in the order enqueued. Thread-safe.
 */
public final class ResultReporter {

  /** The outbox system of the items. */
  public static final String SYSTEM = LltpCalls.SYSTEM;

  /** The outbox type of the items. */
  public static final String TYPE = "traKetQuaHoSoLLTP";

  private final CriminalRecordClient client;

  public ResultReporter(CriminalRecordClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /** Enqueues the report in the portal's transaction; the item's id. */
  public long enqueue(
      Connection transaction, Outbox outbox, CallContext context, ResultReport report) {
    return outbox.enqueue(
        Objects.requireNonNull(transaction, "transaction"), item(context, report));
  }

  /** Enqueues the report in a transaction of its own; the item's id. */
  public long enqueue(Outbox outbox, CallContext context, ResultReport report) {
    return outbox.enqueue(item(context, report));
  }

  /** The deliverer to register for ({@link #SYSTEM}, {@link #TYPE}). */
  public Deliverer deliverer() {
    return this::deliver;
  }

  private OutboxItem item(CallContext context, ResultReport report) {
    CallContext.require(context);
    Objects.requireNonNull(report, "report");
    String payload = ReportPayload.write(context, client.reportPayload(report));
    String idempotency = report.kind() + ":" + report.state().code();
    return new OutboxItem(SYSTEM, report.dossierCode().value(), TYPE, payload, idempotency);
  }

  private DeliveryOutcome deliver(OutboxItem item) {
    ReportPayload payload = ReportPayload.read(item.payload());
    try {
      client.deliverPayload(payload.context(), payload.body());
      return DeliveryOutcome.delivered();
    } catch (ConnectorException e) {
      if (e.isRetryable()) {
        return DeliveryOutcome.retry(e.nationalCode().orElse(e.getClass().getSimpleName()));
      }
      return DeliveryOutcome.park(
          e.nationalCode().orElse(null),
          Masking.identifiersIn(e.nationalMessage().orElse(e.getMessage())));
    }
  }
}
