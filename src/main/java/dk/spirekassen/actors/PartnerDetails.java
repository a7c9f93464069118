package dk.spirekassen.actors;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The editable facts of a partner.
 *
 * @param grantMin smallest typical grant in DKK (foundations only)
 * @param grantMax largest typical grant in DKK (foundations only)
 * @param coFinancing the foundation's co-financing rule, in words
 * @param themeIds ids of the themes the partner works on
 */
public record PartnerDetails(PartnerKind kind, String name, String description, String email, String phone,
		String website, Long grantMin, Long grantMax, String coFinancing, Set<Offer> offers, Set<Region> regions,
		Set<Long> themeIds) {

	/** The facts by the names of the partner form's fields, to show them in it. */
	public Map<String, Object> formValues() {
		var values = new LinkedHashMap<String, Object>();
		values.put("kind", kind);
		values.put("name", name);
		values.put("description", description);
		values.put("email", email);
		values.put("phone", phone);
		values.put("website", website);
		values.put("grantMin", grantMin);
		values.put("grantMax", grantMax);
		values.put("coFinancing", coFinancing);
		values.put("offers", offers);
		values.put("regions", regions);
		values.put("themeIds", themeIds);
		return values;
	}
}
