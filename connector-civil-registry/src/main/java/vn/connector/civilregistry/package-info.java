/**
 * The civil registry (Hệ thống đăng ký và quản lý hộ tịch, Bộ Tư pháp) and the national interlinked
 * service (DVC liên thông): push birth, death and marriage registrations, follow them to their
 * results with a durable tracker, take interlinked dossiers in and push their statuses back through
 * the outbox. Start at {@link vn.connector.civilregistry.CivilRegistryClient} and {@link
 * vn.connector.civilregistry.InterlinkedClient}.
 *
 * <pre>{@code
 * PushReceipt receipt = registry.push(context, birth);
 * tracker.track(tx, birth);                 // RegistrationTracker, results to the listener
 * statuses.enqueue(tx, update);             // StatusOutbox, delivered until the service takes it
 * }</pre>
 */
package vn.connector.civilregistry;
