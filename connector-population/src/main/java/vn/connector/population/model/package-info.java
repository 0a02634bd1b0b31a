/**
 * Records of the population connector: queries, verification outcomes, citizens, addresses,
 * relatives and households. Every record holding personal data masks it in {@code toString()}.
 */
package vn.connector.population.model;
