/**
 * graphology's plugins are CommonJS whose typings say `export default`: under NodeNext the default
 * import is typed as the module object, while Node and Vite hand over module.exports itself.
 */
export function cjsDefault<T>(module: { default: T }): T {
  return ((module as { default?: T }).default ?? module) as T;
}
