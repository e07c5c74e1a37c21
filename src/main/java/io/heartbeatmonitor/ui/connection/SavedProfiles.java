package io.heartbeatmonitor.ui.connection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The content of the profiles file.
 *
 * @param profiles the profiles, in the order the user sees them
 * @param lastUsed the name of the profile connected with last, or null
 */
public record SavedProfiles(List<SavedProfile> profiles, String lastUsed) {

    /** No profile saved yet. */
    public static final SavedProfiles NONE = new SavedProfiles(List.of(), null);

    public SavedProfiles {
        profiles = List.copyOf(profiles);
    }

    /** The profile called {@code name}. */
    public Optional<SavedProfile> find(String name) {
        return profiles.stream().filter(profile -> profile.name().equals(name)).findFirst();
    }

    /** These profiles with {@code profile} added, or replacing the one of the same name. */
    public SavedProfiles with(SavedProfile profile) {
        List<SavedProfile> changed = new ArrayList<>(profiles);
        int index = indexOf(profile.name());
        if (index < 0) {
            changed.add(profile);
        } else {
            changed.set(index, profile);
        }
        return new SavedProfiles(changed, lastUsed);
    }

    /** These profiles without the one called {@code name}. */
    public SavedProfiles without(String name) {
        List<SavedProfile> changed = new ArrayList<>(profiles);
        changed.removeIf(profile -> profile.name().equals(name));
        return new SavedProfiles(changed, name.equals(lastUsed) ? null : lastUsed);
    }

    /** These profiles, remembering {@code name} as the last used. */
    public SavedProfiles usedLast(String name) {
        return new SavedProfiles(profiles, name);
    }

    private int indexOf(String name) {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
