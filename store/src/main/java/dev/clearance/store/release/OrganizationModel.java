package dev.clearance.store.release;

import dev.clearance.store.identity.Organization;
import java.util.Optional;

/**
 * An organization and, if it has one by the name asked for, its model: read together by {@link
 * ModelRepository#findWithOrganization}.
 *
 * @param model empty when the organization has no model of that name
 */
public record OrganizationModel(Organization organization, Optional<Model> model) {}
