/**
 * The wire types of sync protocol v1 (see resources/openapi/penghubung-v1.yaml) and their JSON
 * mapping. Shared by the sync client and the training central server, so both speak one language.
 * Optional wire values are plain nullable fields here; {@link id.penghubung.protocol.WireMapper}
 * turns them into the domain model's Optionals.
 */
package id.penghubung.protocol;
