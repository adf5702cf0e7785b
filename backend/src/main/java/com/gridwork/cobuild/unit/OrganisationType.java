package com.gridwork.cobuild.unit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The kind of an organisation: a co-building unit's type and a party member's employer type (机关, 事业单位, 国有企业,
 * 非公企业, 社会组织, 其他).
 */
@Schema(name = "OrganisationType")
public enum OrganisationType {
    GOVERNMENT_ORGAN,
    PUBLIC_INSTITUTION,
    STATE_ENTERPRISE,
    PRIVATE_ENTERPRISE,
    SOCIAL_ORGANISATION,
    OTHER
}
