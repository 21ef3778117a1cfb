package dev.rebound.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentitySettingsCheckTest {

    @Test
    void anIssuerAndAnAudienceAreEnough() {
        assertThat(IdentitySettingsCheck.missing(true, true, false)).isEmpty();
    }

    @Test
    void namesEachMissingSettingByItsEnvironmentVariable() {
        assertThat(IdentitySettingsCheck.missing(false, false, false))
                .containsExactly("MP_JWT_VERIFY_ISSUER", "MP_JWT_VERIFY_AUDIENCES");
        assertThat(IdentitySettingsCheck.missing(true, false, false)).containsExactly("MP_JWT_VERIFY_AUDIENCES");
    }

    @Test
    void anyAudienceSaidOnPurposeStillNeedsTheIssuer() {
        assertThat(IdentitySettingsCheck.missing(true, false, true)).isEmpty();
        assertThat(IdentitySettingsCheck.missing(false, false, true)).containsExactly("MP_JWT_VERIFY_ISSUER");
    }
}
