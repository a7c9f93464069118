package dk.spirekassen.actors;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Indexes a municipality code as the name of its region, so that anything placed in municipalities is found by
 * region. Made by Hibernate Search through Spring while the persistence unit starts, so the directory is looked up
 * when the first code is indexed, not before.
 */
@Component
public class RegionOfMunicipality implements ValueBridge<Integer, String> {

	private final ObjectProvider<ActorManagement> actors;

	public RegionOfMunicipality(ObjectProvider<ActorManagement> actors) {
		this.actors = actors;
	}

	@Override
	public String toIndexedValue(Integer code, ValueBridgeToIndexedValueContext context) {
		return actors.getObject().municipality(code).map(m -> m.getRegion().name()).orElse(null);
	}
}
