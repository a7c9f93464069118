package dk.spirekassen.network;

/**
 * What an actor in the network is: an organisation of the sector or an outside partner.
 */
public enum ActorKind {
	ORGANISATION, PARTNER
}
