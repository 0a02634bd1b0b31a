package vn.connector.civilregistry;

import java.net.URI;

/**
 * Where the interlinked service's operations live. Every path but the dossier's ({@code
 * api/lienthongdvclt/hosolienthong/{id}}, literal in the contract) is configuration in the code
 * seen; the builder's defaults are the contract's modelled names.
 */
record InterlinkedPaths(
    URI base,
    String tokenPath,
    String refreshPath,
    String listPath,
    String acknowledgePath,
    String statusPath) {

  URI tokenUri() {
    return base.resolve(tokenPath);
  }

  URI refreshUri() {
    return base.resolve(refreshPath);
  }

  URI list() {
    return base.resolve(listPath);
  }

  URI acknowledge() {
    return base.resolve(acknowledgePath);
  }

  URI status() {
    return base.resolve(statusPath);
  }
}
