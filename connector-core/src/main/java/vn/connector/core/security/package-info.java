/**
 * The secured transport profile (security.md): RFC 9421 HTTP Message Signatures with RFC 9530
 * {@code Content-Digest} ({@link vn.connector.core.security.HttpSignatureProfile}) and WS-Security
 * 1.1 X.509 signatures ({@link vn.connector.core.security.WsSecurityProfile}), for both sides (a
 * portal signs requests and verifies answers; a provider or simulator verifies requests and signs
 * answers), keys from PKCS#12, PEM or a PKCS#11 key store ({@link
 * vn.connector.core.security.SigningIdentity}, {@link vn.connector.core.security.Signer}), trust
 * anchors and PKIX validation with optional CRL ({@link
 * vn.connector.core.security.CertificateValidator}), and evidence records ({@link
 * vn.connector.core.security.EvidenceListener}).
 *
 * <pre>{@code
 * HttpSignatureProfile profile = HttpSignatureProfile.builder(config).build();   // security.* keys
 * HttpTransport transport = config.transport()
 *     .interceptor(profile.portalInterceptor(evidence -> evidenceStore.save(evidence)))
 *     .build();
 * }</pre>
 */
package vn.connector.core.security;
