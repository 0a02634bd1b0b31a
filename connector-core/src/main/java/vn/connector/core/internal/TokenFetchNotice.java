package vn.connector.core.internal;

/**
 * Implemented by the {@link vn.connector.core.Auth.Support} of a call that wants to know when its
 * token source went to the issuer (rather than its cache), for the call's observers.
 */
public interface TokenFetchNotice {

  void tokenFetched(boolean succeeded);
}
