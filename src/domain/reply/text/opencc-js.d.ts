// opencc-js ships types for core and preset only; these sub-paths are plain dictionaries.
declare module 'opencc-js/from/tw' {
  const dict: import('opencc-js/core').DictGroup[];
  export default dict;
}
declare module 'opencc-js/from/hk' {
  const dict: import('opencc-js/core').DictGroup[];
  export default dict;
}
declare module 'opencc-js/to/cn' {
  const dict: import('opencc-js/core').DictGroup[];
  export default dict;
}
declare module 'opencc-js/dict/STCharacters' {
  const dict: string;
  export default dict;
}
declare module 'opencc-js/dict/TSCharacters' {
  const dict: string;
  export default dict;
}
