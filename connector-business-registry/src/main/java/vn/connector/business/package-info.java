/**
 * The national business registry (CSDL quốc gia về đăng ký doanh nghiệp): look an enterprise up by
 * its code, search by name, pre-fill dossier forms. Start at {@link
 * vn.connector.business.BusinessRegistryClient}.
 *
 * <pre>{@code
 * Optional<Enterprise> enterprise = client.find(context, EnterpriseCode.parse("0100109106"));
 * Map<String, String> form = client.prefill(context, code).map(EnterpriseForm::asMap).orElse(Map.of());
 * }</pre>
 */
package vn.connector.business;
