package vn.connector.core.internal;

import vn.connector.core.HttpRequest;

/**
 * The SDK's own access to a request's body without the defensive copies its public accessors make:
 * the transport writes the body to the wire, and the JSON body-field placement builds the next
 * body, each from the array the request holds. Given only to the SDK's internals by {@code
 * vn.connector.core} (there is no public way to obtain one); its users must never write into an
 * array they get, nor keep one they hand over.
 */
public interface BodyAccess {

  /** The request's own body array, not a copy: read it, never write into it. */
  byte[] body(HttpRequest request);

  /** A copy of {@code request} with {@code fresh} as its body, taken over without a copy. */
  HttpRequest withBody(HttpRequest request, byte[] fresh);
}
