/**
 * The skeleton connector: the smallest complete connector on the core toolkit, for a vendor to copy
 * when starting a new ministry's adapter (see {@code CONNECTORS.md} at the repository root). It
 * talks to a fictional system, {@code skeleton}, whose two operations stand for the usual pair of a
 * national REST/JSON system: push a dossier ({@code NhanHoSo}) and read its status ({@code
 * TraCuuHoSo}).
 *
 * <pre>{@code
 * try (SkeletonClient client = SkeletonClient.builder()
 *     .configure(ConnectorConfig.fromEnvironment().orElseThrow())   // skeleton.* keys
 *     .build()) {
 *   Receipt r = client.submit(context, new Submission(dossier, "Đăng ký khai sinh"));
 *   DossierStatus s = client.status(context, dossier);
 * }
 * }</pre>
 */
package vn.connector.skeleton;
