/**
 * The wire layer of the criminal-record connector (JSON bodies, answer tables, VNeID's shape);
 * never part of the public API.
 */
package vn.connector.criminalrecord.internal;
