package vn.connector.population.model;

import vn.connector.core.CitizenId;

/**
 * A relative named in the record: father (cha), mother (mẹ), spouse (vợ/chồng) or legal
 * representative (người đại diện). Any part may be null when the record lacks it.
 *
 * @param id the 12-digit ID (số định danh)
 * @param oldId the 9-digit CMND
 */
public record Relative(String fullName, String nationality, CitizenId id, CitizenId oldId) {}
