/**
 * Records of the payment connector: payment requests, fee lines, attempts, statuses, outcomes,
 * receipts.
 */
package vn.connector.payment.model;
