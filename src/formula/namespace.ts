/**
 * A function's name in the one spelling the add-in registers: Excel saves =FINSAM.SHARES(…) as
 * _xldudf_FINSAM_SHARES(…) (an add-in's custom function), or as _xludf.FINSAM.SHARES(…) when the
 * add-in was not loaded; any case (ADDIN.md §8). Other names come back without Excel's
 * _xlfn./_xlws./_xludf. prefixes, as they are.
 */
export function canonicalFunctionName(name: string): string {
  const bare = name.replace(/_xl(?:fn|ws|udf)\./gi, '');
  const finsam = /^(?:_xldudf_FINSAM_|FINSAM\.)([A-Za-z]+)$/i.exec(bare);
  return finsam ? `FINSAM.${finsam[1].toUpperCase()}` : bare;
}
