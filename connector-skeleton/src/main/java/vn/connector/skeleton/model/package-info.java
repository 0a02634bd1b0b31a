/** The skeleton connector's typed values: validated records, English names, no wire names. */
package vn.connector.skeleton.model;
