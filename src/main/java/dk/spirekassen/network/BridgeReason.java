package dk.spirekassen.network;

/**
 * Why an actor bridges: its links reach several communities, join the sector's organisations with outside partners,
 * or come from projects and groups in several regions.
 */
public enum BridgeReason {
	COMMUNITIES, SECTOR, REGIONS
}
