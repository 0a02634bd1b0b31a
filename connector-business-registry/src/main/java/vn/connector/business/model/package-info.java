/**
 * Records of the business-registry connector: enterprises, statuses, representatives, business
 * lines, forms.
 */
package vn.connector.business.model;
