// Cut Syria and its neighbours out of world-atlas (Natural Earth, 1:50m) into a small TopoJSON,
// so the bundled map needs no tile server and no 700 kB world file.
import { readFileSync, writeFileSync } from "node:fs";
import { feature } from "topojson-client";
import { topology } from "topojson-server";

// ISO 3166 numeric codes: Syria, then Turkey, Iraq, Jordan, Lebanon, Israel.
const KEEP = { "760": "syria", "792": "neighbours", "368": "neighbours", "400": "neighbours",
               "422": "neighbours", "376": "neighbours" };
const world = JSON.parse(readFileSync("node_modules/world-atlas/countries-50m.json", "utf8"));
const all = feature(world, world.objects.countries).features;
const pick = (layer) => ({ type: "FeatureCollection",
  features: all.filter((f) => KEEP[f.id] === layer).map((f) => ({ ...f, properties: { name: f.properties.name } })) });
const topo = topology({ syria: pick("syria"), neighbours: pick("neighbours") }, 1e5);
writeFileSync(process.argv[2], JSON.stringify(topo));
