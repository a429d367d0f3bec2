package org.banli.api;

import java.util.List;

/** What plugins are installed right now; they come and go with their features. */
public interface PluginService {

    List<PluginInfo> plugins();
}
