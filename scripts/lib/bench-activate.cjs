// Measures how long the built extension takes to load and activate, with `vscode` replaced by a stub
// that accepts any call (every member is a callable, constructible proxy). Prints one JSON line.
const Module = require('module');
const path = require('path');

// esbuild's CommonJS interop copies a module onto an object whose prototype is the module's prototype,
// so the stub answers through its prototype too.
function stub(name) {
  const target = function () {};
  const assigned = new Map();
  return new Proxy(target, {
    getPrototypeOf: () => protoStub(name),
    set(_, key, value) {
      assigned.set(key, value);
      return true;
    },
    get(_, key) {
      if (assigned.has(key)) return assigned.get(key);
      if (key === 'then') return undefined; // not a promise
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return () => '';
      if (key === 'length') return 0;
      if (key === 'toString' || key === 'valueOf') return () => '';
      return stub(`${name}.${String(key)}`);
    },
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`),
    has: () => false,
  });
}

function protoStub(name) {
  return new Proxy(
    {},
    {
      get(_, key) {
        if (key === 'then' || key === '__esModule') return undefined;
        if (key === Symbol.iterator) return function* () {};
        if (key === Symbol.toPrimitive) return () => '';
        return stub(`${name}.${String(key)}`);
      },
    },
  );
}

const vscode = stub('vscode');
const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscode;
  return originalLoad.call(this, request, parent, isMain);
};

const bundle = path.resolve(process.argv[2]);
const t0 = process.hrtime.bigint();
const extension = require(bundle);
const t1 = process.hrtime.bigint();
const context = {
  subscriptions: [],
  extensionPath: path.dirname(path.dirname(bundle)),
  extensionUri: stub('extensionUri'),
  globalState: stub('globalState'),
  workspaceState: stub('workspaceState'),
  environmentVariableCollection: stub('env'),
  asAbsolutePath: (p) => path.join(path.dirname(path.dirname(bundle)), p),
  storageUri: undefined,
  globalStorageUri: stub('globalStorageUri'),
  logUri: stub('logUri'),
  extensionMode: 1,
  extension: {
    id: 'study-report.study-report',
    extensionPath: path.dirname(path.dirname(bundle)),
    packageJSON: require(path.join(path.dirname(path.dirname(bundle)), 'package.json')),
  },
  secrets: stub('secrets'),
};
Promise.resolve()
  .then(() => extension.activate(context))
  .then(() => {
    const t2 = process.hrtime.bigint();
    console.log(JSON.stringify({ requireMs: Math.round(Number(t1 - t0) / 1e4) / 100, activateMs: Math.round(Number(t2 - t1) / 1e4) / 100, subscriptions: context.subscriptions.length }));
  })
  .catch((error) => {
    console.log(JSON.stringify({ requireMs: Math.round(Number(t1 - t0) / 1e4) / 100, error: String(error && error.stack).slice(0, 300) }));
  });
