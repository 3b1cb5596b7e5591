package org.eaihub.scm.settings;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operators read and change the run-time settings; fields left out of a PUT stay as they are. */
@RestController
@RequestMapping(path = "/api/settings", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
public class SettingsController {

    private final RuntimeSettings settings;

    public SettingsController(RuntimeSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    public RuntimeSettings.Values get() {
        return settings.values();
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public RuntimeSettings.Values update(@RequestBody RuntimeSettings.Values update) {
        return settings.update(update);
    }

    /** Back to the configured values. */
    @DeleteMapping
    public RuntimeSettings.Values reset() {
        settings.reset();
        return settings.values();
    }
}
