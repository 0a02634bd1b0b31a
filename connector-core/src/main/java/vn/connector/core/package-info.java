/**
 * The core every connector stands on, and the one vendors build adapters for other ministries on.
 *
 * <ul>
 *   <li>{@link vn.connector.core.HttpTransport}: Apache HttpClient 5 with one pooled connection
 *       manager, TLS against explicit anchors ({@link vn.connector.core.TlsSettings}), the auth
 *       schemes of the national systems ({@link vn.connector.core.Auth}), retries that keep the
 *       request id ({@link vn.connector.core.RetryPolicy}), interceptors and one audit event per
 *       call.
 *   <li>One unchecked exception tree: {@link vn.connector.core.ConnectorException} with {@link
 *       vn.connector.core.TransportException}, {@link vn.connector.core.ServiceException}, {@link
 *       vn.connector.core.ResponseException} and {@link vn.connector.core.SignatureException}.
 *   <li>Vietnamese identifiers that validate before anything is sent: {@link
 *       vn.connector.core.CitizenId}, {@link vn.connector.core.EnterpriseCode}, {@link
 *       vn.connector.core.DossierCode}, {@link vn.connector.core.ProcedureCode}, {@link
 *       vn.connector.core.AgencyCode}, {@link vn.connector.core.AdministrativeUnitCode}, {@link
 *       vn.connector.core.BirthDate}, {@link vn.connector.core.PersonName}, {@link
 *       vn.connector.core.Money}.
 *   <li>Personal data: {@link vn.connector.core.CallContext} on every personal-data call, {@link
 *       vn.connector.core.AuditListener}, and {@link vn.connector.core.Masking}, the one place
 *       identifiers are masked; {@link vn.connector.core.Secret} never prints itself.
 * </ul>
 *
 * <p>A new connector in four steps:
 *
 * <pre>{@code
 * HttpTransport transport = ConnectorConfig.fromEnvironment()
 *     .orElseThrow(() -> new IllegalStateException("CONNECTOR_CONFIG is not set"))
 *     .transport()
 *     .auth(Auth.oauth2ClientCredentials(tokenUri, key, secret))
 *     .build();
 * Call call = Call.builder("civil-registry", "traCuuKhaiSinh").context(context).idempotent(true).build();
 * BirthRecord record = transport.call(call, HttpRequest.get(uri).build(), response -> parse(response));
 * }</pre>
 *
 * <p>Types in {@code vn.connector.core.internal} are not API and may change without notice.
 */
package vn.connector.core;
