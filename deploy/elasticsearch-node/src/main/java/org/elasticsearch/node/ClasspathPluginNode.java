package org.elasticsearch.node;

import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

import java.util.Collection;
import java.util.List;

/**
 * A real Elasticsearch node whose plugins come from the classpath.
 * <p>
 * In {@code org.elasticsearch.node} because {@link NodeConstruction#prepareConstruction} and
 * {@link NodeServiceProvider} are package-private; everything else is the server's own code path.
 */
public final class ClasspathPluginNode extends Node {

    public ClasspathPluginNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
        super(NodeConstruction.prepareConstruction(environment, ClasspathPluginsService.emptyLoader(), servicesWith(plugins), true));
    }

    private static NodeServiceProvider servicesWith(Collection<Class<? extends Plugin>> plugins) {
        List<Class<? extends Plugin>> pluginClasses = List.copyOf(plugins);
        return new NodeServiceProvider() {
            @Override
            PluginsService newPluginService(Environment environment, PluginsLoader pluginsLoader) {
                return new ClasspathPluginsService(environment.settings(), environment, pluginClasses);
            }
        };
    }
}
