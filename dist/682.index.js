export const id = 682;
export const ids = [682];
export const modules = {

/***/ 39682:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ startSimCluster)
});

// EXTERNAL MODULE: ./lib/config/units.js
var units = __webpack_require__(17361);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./lib/sim/clock.js
const realClock = { now: () => Date.now() };
class ManualClock {
    ms;
    constructor(ms = Date.UTC(2026, 0, 1)) {
        this.ms = ms;
    }
    now() {
        return this.ms;
    }
    advance(ms) {
        this.ms += ms;
    }
}
/** RFC 3339 with second precision, as Kubernetes serializes metav1.Time. */
function timestamp(ms) {
    return new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
}

;// CONCATENATED MODULE: ./lib/sim/defaults.js
/** The defaults a real apiserver fills in before validation (the ones clients read back). */
function applyDefaults(o, ctx) {
    switch (o.kind) {
        case 'Node':
            quantitiesAsStrings(o.status?.capacity);
            quantitiesAsStrings(o.status?.allocatable);
            break;
        case 'Namespace':
            o.spec ??= { finalizers: ['kubernetes'] };
            o.status = { phase: o.status?.phase ?? 'Active' };
            o.metadata.labels = { ...o.metadata.labels, 'kubernetes.io/metadata.name': o.metadata.name ?? '' };
            break;
        case 'Pod':
            podSpec(o.spec);
            o.status ??= {};
            o.status.phase ??= 'Pending';
            o.status.qosClass ??= qosClass(o.spec);
            break;
        case 'Deployment':
            if (!o.spec || typeof o.spec !== 'object')
                break;
            o.spec.replicas ??= 1;
            o.spec.revisionHistoryLimit ??= 10;
            o.spec.progressDeadlineSeconds ??= 600;
            o.spec.strategy ??= {};
            o.spec.strategy.type ??= 'RollingUpdate';
            if (o.spec.strategy.type === 'RollingUpdate') {
                o.spec.strategy.rollingUpdate ??= {};
                o.spec.strategy.rollingUpdate.maxSurge ??= '25%';
                o.spec.strategy.rollingUpdate.maxUnavailable ??= '25%';
            }
            templateDefaults(o);
            break;
        case 'ReplicaSet':
            if (!o.spec || typeof o.spec !== 'object')
                break;
            o.spec.replicas ??= 1;
            templateDefaults(o);
            break;
        case 'Service':
            if (!o.spec || typeof o.spec !== 'object')
                break;
            o.spec.type ??= 'ClusterIP';
            o.spec.sessionAffinity ??= 'None';
            if (o.spec.clusterIP === undefined) {
                o.spec.clusterIP = ctx.nextClusterIP();
                o.spec.clusterIPs = [o.spec.clusterIP];
            }
            o.spec.ipFamilies ??= ['IPv4'];
            o.spec.ipFamilyPolicy ??= 'SingleStack';
            o.spec.internalTrafficPolicy ??= 'Cluster';
            for (const p of Array.isArray(o.spec.ports) ? o.spec.ports : []) {
                if (!p || typeof p !== 'object')
                    continue;
                p.protocol ??= 'TCP';
                p.targetPort ??= p.port;
            }
            o.status ??= { loadBalancer: {} };
            break;
    }
}
function templateDefaults(o) {
    const t = o.spec.template;
    if (!t || typeof t !== 'object')
        return;
    t.metadata ??= {};
    podSpec(t.spec);
}
function podSpec(spec) {
    if (!spec || typeof spec !== 'object')
        return;
    spec.restartPolicy ??= 'Always';
    spec.terminationGracePeriodSeconds ??= 30;
    spec.dnsPolicy ??= 'ClusterFirst';
    spec.schedulerName ??= 'default-scheduler';
    spec.securityContext ??= {};
    for (const c of Array.isArray(spec.containers) ? spec.containers : []) {
        if (!c || typeof c !== 'object')
            continue;
        if (typeof c.image === 'string' && c.image) {
            const tag = /:([^/:@]+)$/.exec(c.image)?.[1];
            c.imagePullPolicy ??= !c.image.includes('@') && (!tag || tag === 'latest') ? 'Always' : 'IfNotPresent';
        }
        c.terminationMessagePath ??= '/dev/termination-log';
        c.terminationMessagePolicy ??= 'File';
        c.resources ??= {};
        if (c.resources && typeof c.resources === 'object') {
            quantitiesAsStrings(c.resources.limits);
            quantitiesAsStrings(c.resources.requests);
            // like the apiserver: a limit without a request sets the request
            if (c.resources.limits && typeof c.resources.limits === 'object') {
                c.resources.requests = { ...c.resources.limits, ...(c.resources.requests ?? {}) };
            }
        }
    }
}
/** The apiserver stores quantities as strings: `1` comes back as "1". */
function quantitiesAsStrings(m) {
    if (!m || typeof m !== 'object' || Array.isArray(m))
        return;
    const q = m;
    for (const [k, v] of Object.entries(q))
        if (typeof v === 'number' && Number.isFinite(v))
            q[k] = String(v);
}
function qosClass(spec) {
    const containers = Array.isArray(spec?.containers) ? spec.containers : [];
    let any = false;
    let guaranteed = true;
    for (const c of containers) {
        const req = c.resources?.requests ?? {};
        const lim = c.resources?.limits ?? {};
        if (Object.keys(req).length || Object.keys(lim).length)
            any = true;
        for (const r of ['cpu', 'memory'])
            if (lim[r] === undefined || (req[r] ?? lim[r]) !== lim[r])
                guaranteed = false;
    }
    if (!any)
        return 'BestEffort';
    return guaranteed ? 'Guaranteed' : 'Burstable';
}

;// CONCATENATED MODULE: ./lib/sim/openapi/httproute-v1.json
const httproute_v1_namespaceObject = /*#__PURE__*/JSON.parse('{"x-origin":"gateway-api v1.6.1 standard channel CRD httproutes.gateway.networking.k8s.io (config/crd/standard/gateway.networking.k8s.io_httproutes.yaml), version v1 openAPIV3Schema","group":"gateway.networking.k8s.io","names":{"categories":["gateway-api"],"kind":"HTTPRoute","listKind":"HTTPRouteList","plural":"httproutes","singular":"httproute"},"scope":"Namespaced","version":"v1","subresources":{"status":{}},"additionalPrinterColumns":[{"jsonPath":".spec.hostnames","name":"Hostnames","type":"string"},{"jsonPath":".metadata.creationTimestamp","name":"Age","type":"date"}],"schema":{"description":"HTTPRoute provides a way to route HTTP requests. This includes the capability\\nto match requests by hostname, path, header, or query param. Filters can be\\nused to specify additional processing steps. Backends specify where matching\\nrequests should be routed.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object.\\nServers should convert recognized schemas to the latest internal value, and\\nmay reject unrecognized values.\\nMore info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"kind":{"description":"Kind is a string value representing the REST resource this object represents.\\nServers may infer this from the endpoint the client submits requests to.\\nCannot be updated.\\nIn CamelCase.\\nMore info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"metadata":{"type":"object"},"spec":{"description":"Spec defines the desired state of HTTPRoute.","properties":{"hostnames":{"description":"Hostnames defines a set of hostnames that should match against the HTTP Host\\nheader to select a HTTPRoute used to process the request. Implementations\\nMUST ignore any port value specified in the HTTP Host header while\\nperforming a match and (absent of any applicable header modification\\nconfiguration) MUST forward this header unmodified to the backend.\\n\\nValid values for Hostnames are determined by RFC 1123 definition of a\\nhostname with 2 notable exceptions:\\n\\n1. IPs are not allowed.\\n2. A hostname may be prefixed with a wildcard label (`*.`). The wildcard\\n   label must appear by itself as the first label.\\n\\nIf a hostname is specified by both the Listener and HTTPRoute, there\\nmust be at least one intersecting hostname for the HTTPRoute to be\\nattached to the Listener. For example:\\n\\n* A Listener with `test.example.com` as the hostname matches HTTPRoutes\\n  that have either not specified any hostnames, or have specified at\\n  least one of `test.example.com` or `*.example.com`.\\n* A Listener with `*.example.com` as the hostname matches HTTPRoutes\\n  that have either not specified any hostnames or have specified at least\\n  one hostname that matches the Listener hostname. For example,\\n  `*.example.com`, `test.example.com`, and `foo.test.example.com` would\\n  all match. On the other hand, `example.com` and `test.example.net` would\\n  not match.\\n\\nHostnames that are prefixed with a wildcard label (`*.`) are interpreted\\nas a suffix match. That means that a match for `*.example.com` would match\\nboth `test.example.com`, and `foo.test.example.com`, but not `example.com`.\\n\\nIf both the Listener and HTTPRoute have specified hostnames, any\\nHTTPRoute hostnames that do not match the Listener hostname MUST be\\nignored. For example, if a Listener specified `*.example.com`, and the\\nHTTPRoute specified `test.example.com` and `test.example.net`,\\n`test.example.net` must not be considered for a match.\\n\\nIf both the Listener and HTTPRoute have specified hostnames, and none\\nmatch with the criteria above, then the HTTPRoute is not accepted. The\\nimplementation must raise an \'Accepted\' Condition with a status of\\n`False` in the corresponding RouteParentStatus.\\n\\nIn the event that multiple HTTPRoutes specify intersecting hostnames (e.g.\\noverlapping wildcard matching and exact matching hostnames), precedence must\\nbe given to rules from the HTTPRoute with the largest number of:\\n\\n* Characters in a matching non-wildcard hostname.\\n* Characters in a matching hostname.\\n\\nIf ties exist across multiple Routes, the matching precedence rules for\\nHTTPRouteMatches takes over.\\n\\nSupport: Core","items":{"description":"Hostname is the fully qualified domain name of a network host. This matches\\nthe RFC 1123 definition of a hostname with 2 notable exceptions:\\n\\n 1. IPs are not allowed.\\n 2. A hostname may be prefixed with a wildcard label (`*.`). The wildcard\\n    label must appear by itself as the first label.\\n\\nHostname can be \\"precise\\" which is a domain name without the terminating\\ndot of a network host (e.g. \\"foo.example.com\\") or \\"wildcard\\", which is a\\ndomain name prefixed with a single wildcard label (e.g. `*.example.com`).\\n\\nNote that as per RFC1035 and RFC1123, a *label* must consist of lower case\\nalphanumeric characters or \'-\', and must start and end with an alphanumeric\\ncharacter. No other punctuation is allowed.","maxLength":253,"minLength":1,"pattern":"^(\\\\*\\\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"maxItems":16,"type":"array","x-kubernetes-list-type":"atomic"},"parentRefs":{"description":"ParentRefs references the resources (usually Gateways) that a Route wants\\nto be attached to. Note that the referenced parent resource needs to\\nallow this for the attachment to be complete. For Gateways, that means\\nthe Gateway needs to allow attachment from Routes of this kind and\\nnamespace. For Services, that means the Service must either be in the same\\nnamespace for a \\"producer\\" route, or the mesh implementation must support\\nand allow \\"consumer\\" routes for the referenced Service. ReferenceGrant is\\nnot applicable for governing ParentRefs to Services - it is not possible to\\ncreate a \\"producer\\" route for a Service in a different namespace from the\\nRoute.\\n\\nThere are two kinds of parent resources with \\"Core\\" support:\\n\\n* Gateway (Gateway conformance profile)\\n* Service (Mesh conformance profile, ClusterIP Services only)\\n\\nThis API may be extended in the future to support additional kinds of parent\\nresources.\\n\\nParentRefs must be _distinct_. This means either that:\\n\\n* They select different objects.  If this is the case, then parentRef\\n  entries are distinct. In terms of fields, this means that the\\n  multi-part key defined by `group`, `kind`, `namespace`, and `name` must\\n  be unique across all parentRef entries in the Route.\\n* They do not select different objects, but for each optional field used,\\n  each ParentRef that selects the same object must set the same set of\\n  optional fields to different values. If one ParentRef sets a\\n  combination of optional fields, all must set the same combination.\\n\\nSome examples:\\n\\n* If one ParentRef sets `sectionName`, all ParentRefs referencing the\\n  same object must also set `sectionName`.\\n* If one ParentRef sets `port`, all ParentRefs referencing the same\\n  object must also set `port`.\\n* If one ParentRef sets `sectionName` and `port`, all ParentRefs\\n  referencing the same object must also set `sectionName` and `port`.\\n\\nIt is possible to separately reference multiple distinct objects that may\\nbe collapsed by an implementation. For example, some implementations may\\nchoose to merge compatible Gateway Listeners together. If that is the\\ncase, the list of routes attached to those resources should also be\\nmerged.\\n\\nNote that for ParentRefs that cross namespace boundaries, there are specific\\nrules. Cross-namespace references are only valid if they are explicitly\\nallowed by something in the namespace they are referring to. For example,\\nGateway has the AllowedRoutes field, and ReferenceGrant provides a\\ngeneric way to enable other kinds of cross-namespace reference.","items":{"description":"ParentReference identifies an API object (usually a Gateway) that can be considered\\na parent of this resource (usually a route). There are two kinds of parent resources\\nwith \\"Core\\" support:\\n\\n* Gateway (Gateway conformance profile)\\n* Service (Mesh conformance profile, ClusterIP Services only)\\n\\nThis API may be extended in the future to support additional kinds of parent\\nresources.\\n\\nThe API object must be valid in the cluster; the Group and Kind must\\nbe registered in the cluster for this reference to be valid.","properties":{"group":{"default":"gateway.networking.k8s.io","description":"Group is the group of the referent.\\nWhen unspecified, \\"gateway.networking.k8s.io\\" is inferred.\\nTo set the core API group (such as for a \\"Service\\" kind referent),\\nGroup must be explicitly set to \\"\\" (empty string).\\n\\nSupport: Core","maxLength":253,"pattern":"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"kind":{"default":"Gateway","description":"Kind is kind of the referent.\\n\\nThere are two kinds of parent resources with \\"Core\\" support:\\n\\n* Gateway (Gateway conformance profile)\\n* Service (Mesh conformance profile, ClusterIP Services only)\\n\\nSupport for other resources is Implementation-Specific.","maxLength":63,"minLength":1,"pattern":"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$","type":"string"},"name":{"description":"Name is the name of the referent.\\n\\nSupport: Core","maxLength":253,"minLength":1,"type":"string"},"namespace":{"description":"Namespace is the namespace of the referent. When unspecified, this refers\\nto the local namespace of the Route.\\n\\nNote that there are specific rules for ParentRefs which cross namespace\\nboundaries. Cross-namespace references are only valid if they are explicitly\\nallowed by something in the namespace they are referring to. For example:\\nGateway has the AllowedRoutes field, and ReferenceGrant provides a\\ngeneric way to enable any other kind of cross-namespace reference.\\n\\nSupport: Core","maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"port":{"description":"Port is the network port this Route targets. It can be interpreted\\ndifferently based on the type of parent resource.\\n\\nWhen the parent resource is a Gateway, this targets all listeners\\nlistening on the specified port that also support this kind of Route(and\\nselect this Route). It\'s not recommended to set `Port` unless the\\nnetworking behaviors specified in a Route must apply to a specific port\\nas opposed to a listener(s) whose port(s) may be changed. When both Port\\nand SectionName are specified, the name and port of the selected listener\\nmust match both specified values.\\n\\nImplementations MAY choose to support other parent resources.\\nImplementations supporting other types of parent resources MUST clearly\\ndocument how/if Port is interpreted.\\n\\nFor the purpose of status, an attachment is considered successful as\\nlong as the parent resource accepts it partially. For example, Gateway\\nlisteners can restrict which Routes can attach to them by Route kind,\\nnamespace, or hostname. If 1 of 2 Gateway listeners accept attachment\\nfrom the referencing Route, the Route MUST be considered successfully\\nattached. If no Gateway listeners accept attachment from this Route,\\nthe Route MUST be considered detached from the Gateway.\\n\\nSupport: Extended","format":"int32","maximum":65535,"minimum":1,"type":"integer"},"sectionName":{"description":"SectionName is the name of a section within the target resource. In the\\nfollowing resources, SectionName is interpreted as the following:\\n\\n* Gateway: Listener name. When both Port (experimental) and SectionName\\nare specified, the name and port of the selected listener must match\\nboth specified values.\\n* Service: Port name. When both Port (experimental) and SectionName\\nare specified, the name and port of the selected listener must match\\nboth specified values.\\n\\nImplementations MAY choose to support attaching Routes to other resources.\\nIf that is the case, they MUST clearly document how SectionName is\\ninterpreted.\\n\\nWhen unspecified (empty string), this will reference the entire resource.\\nFor the purpose of status, an attachment is considered successful if at\\nleast one section in the parent resource accepts it. For example, Gateway\\nlisteners can restrict which Routes can attach to them by Route kind,\\nnamespace, or hostname. If 1 of 2 Gateway listeners accept attachment from\\nthe referencing Route, the Route MUST be considered successfully\\nattached. If no Gateway listeners accept attachment from this Route, the\\nRoute MUST be considered detached from the Gateway.\\n\\nSupport: Core","maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"}},"required":["name"],"type":"object"},"maxItems":32,"type":"array","x-kubernetes-list-type":"atomic","x-kubernetes-validations":[{"message":"sectionName must be specified when parentRefs includes 2 or more references to the same parent","rule":"self.all(p1, self.all(p2, p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name && (((!has(p1.__namespace__) || p1.__namespace__ == \'\') && (!has(p2.__namespace__) || p2.__namespace__ == \'\')) || (has(p1.__namespace__) && has(p2.__namespace__) && p1.__namespace__ == p2.__namespace__ )) ? ((!has(p1.sectionName) || p1.sectionName == \'\') == (!has(p2.sectionName) || p2.sectionName == \'\')) : true))"},{"message":"sectionName must be unique when parentRefs includes 2 or more references to the same parent","rule":"self.all(p1, self.exists_one(p2, p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name && (((!has(p1.__namespace__) || p1.__namespace__ == \'\') && (!has(p2.__namespace__) || p2.__namespace__ == \'\')) || (has(p1.__namespace__) && has(p2.__namespace__) && p1.__namespace__ == p2.__namespace__ )) && (((!has(p1.sectionName) || p1.sectionName == \'\') && (!has(p2.sectionName) || p2.sectionName == \'\')) || (has(p1.sectionName) && has(p2.sectionName) && p1.sectionName == p2.sectionName))))"}]},"rules":{"default":[{"matches":[{"path":{"type":"PathPrefix","value":"/"}}]}],"description":"Rules are a list of HTTP matchers, filters and actions.","items":{"description":"HTTPRouteRule defines semantics for matching an HTTP request based on\\nconditions (matches), processing it (filters), and forwarding the request to\\nan API object (backendRefs).","properties":{"backendRefs":{"description":"BackendRefs defines the backend(s) where matching requests should be\\nsent.\\n\\nFailure behavior here depends on how many BackendRefs are specified and\\nhow many are invalid.\\n\\nIf *all* entries in BackendRefs are invalid, and there are also no filters\\nspecified in this route rule, *all* traffic which matches this rule MUST\\nreceive a 500 status code.\\n\\nSee the HTTPBackendRef definition for the rules about what makes a single\\nHTTPBackendRef invalid.\\n\\nWhen a HTTPBackendRef is invalid, 500 status codes MUST be returned for\\nrequests that would have otherwise been routed to an invalid backend. If\\nmultiple backends are specified, and some are invalid, the proportion of\\nrequests that would otherwise have been routed to an invalid backend\\nMUST receive a 500 status code.\\n\\nFor example, if two backends are specified with equal weights, and one is\\ninvalid, 50 percent of traffic must receive a 500. Implementations may\\nchoose how that 50 percent is determined.\\n\\nWhen a HTTPBackendRef refers to a Service that has no ready endpoints,\\nimplementations SHOULD return a 503 for requests to that backend instead.\\nIf an implementation chooses to do this, all of the above rules for 500 responses\\nMUST also apply for responses that return a 503.\\n\\nSupport: Core for Kubernetes Service\\n\\nSupport: Extended for Kubernetes ServiceImport\\n\\nSupport: Implementation-specific for any other resource\\n\\nSupport for weight: Core","items":{"description":"HTTPBackendRef defines how a HTTPRoute forwards a HTTP request.\\n\\nNote that when a namespace different than the local namespace is specified, a\\nReferenceGrant object is required in the referent namespace to allow that\\nnamespace\'s owner to accept the reference. See the ReferenceGrant\\ndocumentation for details.","properties":{"filters":{"description":"Filters defined at this level should be executed if and only if the\\nrequest is being forwarded to the backend defined here.\\n\\nSupport: Implementation-specific (For broader support of filters, use the\\nFilters field in HTTPRouteRule.)","items":{"description":"HTTPRouteFilter defines processing steps that must be completed during the\\nrequest or response lifecycle. HTTPRouteFilters are meant as an extension\\npoint to express processing that may be done in Gateway implementations. Some\\nexamples include request or response modification, implementing\\nauthentication strategies, rate-limiting, and traffic shaping. API\\nguarantee/conformance is defined based on the type of the filter.","properties":{"cors":{"description":"CORS defines a schema for a filter that responds to the\\ncross-origin request based on HTTP response header.\\n\\nSupport: Extended","properties":{"allowCredentials":{"description":"AllowCredentials indicates whether the actual cross-origin request allows\\nto include credentials.\\n\\nWhen set to true, the gateway will include the `Access-Control-Allow-Credentials`\\nresponse header with value true (case-sensitive).\\n\\nWhen set to false or omitted the gateway will omit the header\\n`Access-Control-Allow-Credentials` entirely (this is the standard CORS\\nbehavior).\\n\\nSupport: Extended","type":"boolean"},"allowHeaders":{"description":"AllowHeaders indicates which HTTP request headers are supported for\\naccessing the requested resource.\\n\\nHeader names are not case-sensitive.\\n\\nMultiple header names in the value of the `Access-Control-Allow-Headers`\\nresponse header are separated by a comma (\\",\\").\\n\\nWhen the `allowHeaders` field is configured with one or more headers, the\\ngateway must return the `Access-Control-Allow-Headers` response header\\nwhich value is present in the `allowHeaders` field.\\n\\nIf any header name in the `Access-Control-Request-Headers` request header\\nis not included in the list of header names specified by the response\\nheader `Access-Control-Allow-Headers`, it will present an error on the\\nclient side.\\n\\nIf any header name in the `Access-Control-Allow-Headers` response header\\ndoes not recognize by the client, it will also occur an error on the\\nclient side.\\n\\nA wildcard indicates that the requests with all HTTP headers are allowed.\\n\\nIf the configuration contains the wildcard `*` in `allowHeaders` and\\n`allowCredentials` is set to `false`, the `Access-Control-Allow-Headers`\\nresponse header may either contain the wildcard `*` or echo the value\\nof the `Access-Control-Request-Headers` request header.\\n\\nIf the configuration contains the wildcard `*` in `allowHeaders` and\\n`allowCredentials` is set to `true`, the gateway must not return `*`\\nin the `Access-Control-Allow-Headers` response header. Instead, it must\\nreturn one or more header names matching the value of the\\n`Access-Control-Request-Headers` request header.\\nIf the `Access-Control-Request-Headers` header is not present in the\\nrequest, the gateway must omit the `Access-Control-Allow-Headers`\\nresponse header.\\n\\nSupport: Extended","items":{"description":"HTTPHeaderName is the name of an HTTP header.\\n\\nValid values include:\\n\\n* \\"Authorization\\"\\n* \\"Set-Cookie\\"\\n\\nInvalid values include:\\n\\n  - \\":method\\" - \\":\\" is an invalid character. This means that HTTP/2 pseudo\\n    headers are not currently supported by this type.\\n  - \\"/invalid\\" - \\"/ \\" is an invalid character","maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&\'*+\\\\-.^_\\\\x60|~]+$","type":"string"},"maxItems":64,"type":"array","x-kubernetes-list-type":"set","x-kubernetes-validations":[{"message":"AllowHeaders cannot contain \'*\' alongside other methods","rule":"!(\'*\' in self && self.size() > 1)"}]},"allowMethods":{"description":"AllowMethods indicates which HTTP methods are supported for accessing the\\nrequested resource.\\n\\nValid values are any method defined by RFC9110, along with the special\\nvalue `*`, which represents all HTTP methods are allowed.\\n\\nMethod names are case-sensitive, so these values are also case-sensitive.\\n(See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1)\\n\\nMultiple method names in the value of the `Access-Control-Allow-Methods`\\nresponse header are separated by a comma (\\",\\").\\n\\nA CORS-safelisted method is a method that is `GET`, `HEAD`, or `POST`.\\n(See https://fetch.spec.whatwg.org/#cors-safelisted-method) The\\nCORS-safelisted methods are always allowed, regardless of whether they\\nare specified in the `allowMethods` field.\\n\\nWhen the `allowMethods` field is configured with one or more methods, the\\ngateway must return the `Access-Control-Allow-Methods` response header\\nwhich value is present in the `allowMethods` field.\\n\\nIf the HTTP method of the `Access-Control-Request-Method` request header\\nis not included in the list of methods specified by the response header\\n`Access-Control-Allow-Methods`, it will present an error on the client\\nside.\\n\\nIf the configuration contains the wildcard `*` in `allowMethods` and\\n`allowCredentials` is set to `false`, the `Access-Control-Allow-Methods`\\nresponse header may either contain the wildcard `*` or echo the value\\nof the `Access-Control-Request-Method` request header.\\n\\nIf the configuration contains the wildcard `*` in `allowMethods` and\\n`allowCredentials` is set to `true`, the gateway must not return `*`\\nin the `Access-Control-Allow-Methods` response header. Instead, it must\\nreturn a single HTTP method matching the value of the\\n`Access-Control-Request-Method` request header.\\nIf the `Access-Control-Request-Method` header is not present in the request,\\nthe gateway must omit the `Access-Control-Allow-Methods` response header.\\n\\nSupport: Extended","items":{"enum":["GET","HEAD","POST","PUT","DELETE","CONNECT","OPTIONS","TRACE","PATCH","*"],"type":"string"},"maxItems":9,"type":"array","x-kubernetes-list-type":"set","x-kubernetes-validations":[{"message":"AllowMethods cannot contain \'*\' alongside other methods","rule":"!(\'*\' in self && self.size() > 1)"}]},"allowOrigins":{"description":"AllowOrigins indicates whether the response can be shared with requested\\nresource from the given `Origin`.\\n\\nThe `Origin` consists of a scheme and a host, with an optional port, and\\ntakes the form `<scheme>://<host>(:<port>)`.\\n\\nValid values for scheme are: `http` and `https`.\\n\\nValid values for port are any integer between 1 and 65535 (the list of\\navailable TCP/UDP ports). Note that, if not included, port `80` is\\nassumed for `http` scheme origins, and port `443` is assumed for `https`\\norigins. This may affect origin matching.\\n\\nThe host part of the origin may contain the wildcard character `*`. These\\nwildcard characters behave as follows:\\n\\n* `*` is a greedy match to the _left_, including any number of\\n  DNS labels to the left of its position. This also means that\\n  `*` will include any number of period `.` characters to the\\n  left of its position.\\n* A wildcard by itself matches all hosts.\\n\\nAn origin value that includes _only_ the `*` character indicates requests\\nfrom all `Origin`s are allowed.\\n\\nWhen the `allowOrigins` field is configured with multiple origins, it\\nmeans the server supports clients from multiple origins. If the request\\n`Origin` matches the configured allowed origins, the gateway must return\\nthe given `Origin` and sets value of the header\\n`Access-Control-Allow-Origin` same as the `Origin` header provided by the\\nclient.\\n\\nThe status code of a successful response to a \\"preflight\\" request is\\nalways an OK status (i.e., 204 or 200).\\n\\nIf the request `Origin` does not match the configured allowed origins,\\nthe gateway returns 204/200 response but doesn\'t set the relevant\\ncross-origin response headers. Alternatively, the gateway responds with\\n403 status to the \\"preflight\\" request is denied, coupled with omitting\\nthe CORS headers. The cross-origin request fails on the client side.\\nTherefore, the client doesn\'t attempt the actual cross-origin request.\\n\\nConversely, if the request `Origin` matches one of the configured\\nallowed origins, the gateway sets the response header\\n`Access-Control-Allow-Origin` to the same value as the `Origin`\\nheader provided by the client.\\n\\nIf the configuration contains the wildcard `*` in `allowOrigins` and\\n`allowCredentials` is set to `false`, the `Access-Control-Allow-Origin`\\nresponse header may either contain the wildcard `*` or echo the value\\nof the `Origin` request header.\\n\\nIf the configuration contains the wildcard `*` in `allowOrigins` and\\n`allowCredentials` is set to `true`, the gateway must not return `*`\\nin the `Access-Control-Allow-Origin` response header. Instead, it must\\nreturn a single origin matching the value of the `Origin` request header.\\n\\nSupport: Extended","items":{"description":"The CORSOrigin MUST NOT be a relative URI, and it MUST follow the URI syntax and\\nencoding rules specified in RFC3986.  The CORSOrigin MUST include both a\\nscheme (\\"http\\" or \\"https\\") and a scheme-specific-part, or it should be a single \'*\' character.\\nURIs that include an authority MUST include a fully qualified domain name or\\nIP address as the host.","maxLength":253,"minLength":1,"pattern":"(^\\\\*$)|(^(http(s)?):\\\\/\\\\/(((\\\\*\\\\.)?([a-zA-Z0-9\\\\-]+\\\\.)*[a-zA-Z0-9-]+|\\\\*)(:([0-9]{1,5}))?)$)","type":"string"},"maxItems":64,"type":"array","x-kubernetes-list-type":"set","x-kubernetes-validations":[{"message":"AllowOrigins cannot contain \'*\' alongside other origins","rule":"!(\'*\' in self && self.size() > 1)"}]},"exposeHeaders":{"description":"ExposeHeaders indicates which HTTP response headers can be exposed\\nto client-side scripts in response to a cross-origin request.\\n\\nA CORS-safelisted response header is an HTTP header in a CORS response\\nthat it is considered safe to expose to the client scripts.\\nThe CORS-safelisted response headers include the following headers:\\n`Cache-Control`\\n`Content-Language`\\n`Content-Length`\\n`Content-Type`\\n`Expires`\\n`Last-Modified`\\n`Pragma`\\n(See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name)\\nThe CORS-safelisted response headers are exposed to client by default.\\n\\nWhen an HTTP header name is specified using the `exposeHeaders` field,\\nthis additional header will be exposed as part of the response to the\\nclient.\\n\\nHeader names are not case-sensitive.\\n\\nMultiple header names in the value of the `Access-Control-Expose-Headers`\\nresponse header are separated by a comma (\\",\\").\\n\\nA wildcard indicates that the responses with all HTTP headers are exposed\\nto clients.\\n\\nIf the configuration contains the wildcard `*` in `exposeHeaders` and\\n`allowCredentials` is set to `false`, the `Access-Control-Expose-Headers`\\nresponse header can contain the wildcard `*`.\\n\\nIf the configuration contains the wildcard `*` in `exposeHeaders` and\\n`allowCredentials` is set to `true`, the gateway cannot use the `*`\\nin the `Access-Control-Expose-Headers` response header.\\n\\nSupport: Extended","items":{"description":"HTTPHeaderName is the name of an HTTP header.\\n\\nValid values include:\\n\\n* \\"Authorization\\"\\n* \\"Set-Cookie\\"\\n\\nInvalid values include:\\n\\n  - \\":method\\" - \\":\\" is an invalid character. This means that HTTP/2 pseudo\\n    headers are not currently supported by this type.\\n  - \\"/invalid\\" - \\"/ \\" is an invalid character","maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&\'*+\\\\-.^_\\\\x60|~]+$","type":"string"},"maxItems":64,"type":"array","x-kubernetes-list-type":"set"},"maxAge":{"default":5,"description":"MaxAge indicates the duration (in seconds) for the client to cache the\\nresults of a \\"preflight\\" request.\\n\\nThe information provided by the `Access-Control-Allow-Methods` and\\n`Access-Control-Allow-Headers` response headers can be cached by the\\nclient until the time specified by `Access-Control-Max-Age` elapses.\\n\\nThe default value of `Access-Control-Max-Age` response header is 5\\n(seconds).\\n\\nWhen the `MaxAge` field is unspecified, the gateway sets the response\\nheader \\"Access-Control-Max-Age: 5\\" by default.","format":"int32","minimum":1,"type":"integer"}},"type":"object"},"extensionRef":{"description":"ExtensionRef is an optional, implementation-specific extension to the\\n\\"filter\\" behavior.  For example, resource \\"myroutefilter\\" in group\\n\\"networking.example.net\\"). ExtensionRef MUST NOT be used for core and\\nextended filters.\\n\\nThis filter can be used multiple times within the same rule.\\n\\nSupport: Implementation-specific","properties":{"group":{"description":"Group is the group of the referent. For example, \\"gateway.networking.k8s.io\\".\\nWhen unspecified or empty string, core API group is inferred.","maxLength":253,"pattern":"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"kind":{"description":"Kind is kind of the referent. For example \\"HTTPRoute\\" or \\"Service\\".","maxLength":63,"minLength":1,"pattern":"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$","type":"string"},"name":{"description":"Name is the name of the referent.","maxLength":253,"minLength":1,"type":"string"}},"required":["group","kind","name"],"type":"object"},"requestHeaderModifier":{"description":"RequestHeaderModifier defines a schema for a filter that modifies request\\nheaders.\\n\\nSupport: Core","properties":{"add":{"description":"Add adds the given header(s) (name, value) to the request\\nbefore the action. It appends to any existing values associated\\nwith the header name.\\n\\nInput:\\n  GET /foo HTTP/1.1\\n  my-header: foo\\n\\nConfig:\\n  add:\\n  - name: \\"my-header\\"\\n    value: \\"bar,baz\\"\\n\\nOutput:\\n  GET /foo HTTP/1.1\\n  my-header: foo,bar,baz","items":{"description":"HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.","properties":{"name":{"description":"Name is the name of the HTTP Header to be matched. Name matching MUST be\\ncase-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).\\n\\nIf multiple entries specify equivalent header names, the first entry with\\nan equivalent name MUST be considered for a match. Subsequent entries\\nwith an equivalent header name MUST be ignored. Due to the\\ncase-insensitivity of header names, \\"foo\\" and \\"Foo\\" are considered\\nequivalent.","maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&\'*+\\\\-.^_\\\\x60|~]+$","type":"string"},"value":{"description":"Value is the value of HTTP Header to be matched.","maxLength":4096,"minLength":1,"type":"string"}},"required":["name","value"],"type":"object"},"maxItems":16,"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map"},"remove":{"description":"Remove the given header(s) from the HTTP request before the action. The\\nvalue of Remove is a list of HTTP header names. Note that the header\\nnames are case-insensitive (see\\nhttps://datatracker.ietf.org/doc/html/rfc2616#section-4.2).\\n\\nInput:\\n  GET /foo HTTP/1.1\\n  my-header1: foo\\n  my-header2: bar\\n  my-header3: baz\\n\\nConfig:\\n  remove: [\\"my-header1\\", \\"my-header3\\"]\\n\\nOutput:\\n  GET /foo HTTP/1.1\\n  my-header2: bar","items":{"type":"string"},"maxItems":16,"type":"array","x-kubernetes-list-type":"set"},"set":{"description":"Set overwrites the request with the given header (name, value)\\nbefore the action.\\n\\nInput:\\n  GET /foo HTTP/1.1\\n  my-header: foo\\n\\nConfig:\\n  set:\\n  - name: \\"my-header\\"\\n    value: \\"bar\\"\\n\\nOutput:\\n  GET /foo HTTP/1.1\\n  my-header: bar","items":{"description":"HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.","properties":{"name":{"description":"Name is the name of the HTTP Header to be matched. Name matching MUST be\\ncase-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).\\n\\nIf multiple entries specify equivalent header names, the first entry with\\nan equivalent name MUST be considered for a match. Subsequent entries\\nwith an equivalent header name MUST be ignored. Due to the\\ncase-insensitivity of header names, \\"foo\\" and \\"Foo\\" are considered\\nequivalent.","maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&\'*+\\\\-.^_\\\\x60|~]+$","type":"string"},"value":{"description":"Value is the value of HTTP Header to be matched.","maxLength":4096,"minLength":1,"type":"string"}},"required":["name","value"],"type":"object"},"maxItems":16,"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map"}},"type":"object"},"requestMirror":{"description":"RequestMirror defines a schema for a filter that mirrors requests.\\nRequests are sent to the specified destination, but responses from\\nthat destination are ignored.\\n\\nThis filter can be used multiple times within the same rule. Note that\\nnot all implementations will be able to support mirroring to multiple\\nbackends.\\n\\nSupport: Extended","properties":{"backendRef":{"description":"BackendRef references a resource where mirrored requests are sent.\\n\\nMirrored requests must be sent only to a single destination endpoint\\nwithin this BackendRef, irrespective of how many endpoints are present\\nwithin this BackendRef.\\n\\nIf the referent cannot be found, this BackendRef is invalid and must be\\ndropped from the Gateway. The controller must ensure the \\"ResolvedRefs\\"\\ncondition on the Route status is set to `status: False` and not configure\\nthis backend in the underlying implementation.\\n\\nIf there is a cross-namespace reference to an *existing* object\\nthat is not allowed by a ReferenceGrant, the controller must ensure the\\n\\"ResolvedRefs\\"  condition on the Route is set to `status: False`,\\nwith the \\"RefNotPermitted\\" reason and not configure this backend in the\\nunderlying implementation.\\n\\nIn either error case, the Message of the `ResolvedRefs` Condition\\nshould be used to provide more detail about the problem.\\n\\nSupport: Extended for Kubernetes Service\\n\\nSupport: Implementation-specific for any other resource\\n\\nIf the backend service requires TLS, use BackendTLSPolicy to tell the\\nimplementation to supply the TLS details to be used to connect to that\\nbackend.","properties":{"group":{"default":"","description":"Group is the group of the referent. For example, \\"gateway.networking.k8s.io\\".\\nWhen unspecified or empty string, core API group is inferred.","maxLength":253,"pattern":"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"kind":{"default":"Service","description":"Kind is the Kubernetes resource kind of the referent. For example\\n\\"Service\\".\\n\\nDefaults to \\"Service\\" when not specified.\\n\\nExternalName services can refer to CNAME DNS records that may live\\noutside of the cluster and as such are difficult to reason about in\\nterms of conformance. They also may not be safe to forward to (see\\nCVE-2021-25740 for more information). Implementations SHOULD NOT\\nsupport ExternalName Services.\\n\\nSupport: Core (Services with a type other than ExternalName)\\n\\nSupport: Implementation-specific (Services with type ExternalName)","maxLength":63,"minLength":1,"pattern":"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$","type":"string"},"name":{"description":"Name is the name of the referent.","maxLength":253,"minLength":1,"type":"string"},"namespace":{"description":"Namespace is the namespace of the backend. When unspecified, the local\\nnamespace is inferred.\\n\\nNote that when a namespace different than the local namespace is specified,\\na ReferenceGrant object is required in the referent namespace to allow that\\nnamespace\'s owner to accept the reference. See the ReferenceGrant\\ndocumentation for details.\\n\\nSupport: Core","maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"port":{"description":"Port specifies the destination port number to use for this resource.\\nPort is required when the referent is a Kubernetes Service. In this\\ncase, the port number is the service port number, not the target port.\\nFor other resources, destination port might be derived from the referent\\nresource or this field.","format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["name"],"type":"object","x-kubernetes-validations":[{"message":"Must have port for Service reference","rule":"(size(self.group) == 0 && self.kind == \'Service\') ? has(self.port) : true"}]},"fraction":{"description":"Fraction represents the fraction of requests that should be\\nmirrored to BackendRef.\\n\\nOnly one of Fraction or Percent may be specified. If neither field\\nis specified, 100% of requests will be mirrored.","properties":{"denominator":{"default":100,"format":"int32","minimum":1,"type":"integer"},"numerator":{"format":"int32","minimum":0,"type":"integer"}},"required":["numerator"],"type":"object","x-kubernetes-validations":[{"message":"numerator must be less than or equal to denominator","rule":"self.numerator <= self.denominator"}]},"percent":{"description":"Percent represents the percentage of requests that should be\\nmirrored to BackendRef. Its minimum value is 0 (indicating 0% of\\nrequests) and its maximum value is 100 (indicating 100% of requests).\\n\\nOnly one of Fraction or Percent may be specified. If neither field\\nis specified, 100% of requests will be mirrored.","format":"int32","maximum":100,"minimum":0,"type":"integer"}},"required":["backendRef"],"type":"object","x-kubernetes-validations":[{"message":"Only one of percent or fraction may be specified in HTTPRequestMirrorFilter","rule":"!(has(self.percent) && has(self.fraction))"}]},"requestRedirect":{"description":"RequestRedirect defines a schema for a filter that responds to the\\nrequest with an HTTP redirection.\\n\\nSupport: Core","properties":{"hostname":{"description":"Hostname is the hostname to be used in the value of the `Location`\\nheader in the response.\\nWhen empty, the hostname in the `Host` header of the request is used.\\n\\nSupport: Core","maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"path":{"description":"Path defines parameters used to modify the path of the incoming request.\\nThe modified path is then used to construct the `Location` header. When\\nempty, the request path is used as-is.\\n\\nSupport: Extended","properties":{"replaceFullPath":{"description":"ReplaceFullPath specifies the value with which to replace the full path\\nof a request during a rewrite or redirect.","maxLength":1024,"type":"string"},"replacePrefixMatch":{"description":"ReplacePrefixMatch specifies the value with which to replace the prefix\\nmatch of a request during a rewrite or redirect. For example, a request\\nto \\"/foo/bar\\" with a prefix match of \\"/foo\\" and a ReplacePrefixMatch\\nof \\"/xyz\\" would be modified to \\"/xyz/bar\\".\\n\\nNote that this matches the behavior of the PathPrefix match type. This\\nmatches full path elements. A path element refers to the list of labels\\nin the path split by the `/` separator. When specified, a trailing `/` is\\nignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all\\nmatch the prefix `/abc`, but the path `/abcd` would not.\\n\\nReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.\\nUsing any other HTTPRouteMatch type on the same HTTPRouteRule will result in\\nthe implementation setting the Accepted Condition for the Route to `status: False`.\\n\\nRequest Path | Prefix Match | Replace Prefix | Modified Path","maxLength":1024,"type":"string"},"type":{"description":"Type defines the type of path modifier. Additional types may be\\nadded in a future release of the API.\\n\\nNote that values may be added to this enum, implementations\\nmust ensure that unknown values will not cause a crash.\\n\\nUnknown values here must result in the implementation setting the\\nAccepted Condition for the Route to `status: False`, with a\\nReason of `UnsupportedValue`.","enum":["ReplaceFullPath","ReplacePrefixMatch"],"type":"string"}},"required":["type"],"type":"object","x-kubernetes-validations":[{"message":"replaceFullPath must be specified when type is set to \'ReplaceFullPath\'","rule":"self.type == \'ReplaceFullPath\' ? has(self.replaceFullPath) : true"},{"message":"type must be \'ReplaceFullPath\' when replaceFullPath is set","rule":"has(self.replaceFullPath) ? self.type == \'ReplaceFullPath\' : true"},{"message":"replacePrefixMatch must be specified when type is set to \'ReplacePrefixMatch\'","rule":"self.type == \'ReplacePrefixMatch\' ? has(self.replacePrefixMatch) : true"},{"message":"type must be \'ReplacePrefixMatch\' when replacePrefixMatch is set","rule":"has(self.replacePrefixMatch) ? self.type == \'ReplacePrefixMatch\' : true"}]},"port":{"description":"Port is the port to be used in the value of the `Location`\\nheader in the response.\\n\\nIf no port is specified, the redirect port MUST be derived using the\\nfollowing rules:\\n\\n* If redirect scheme is not-empty, the redirect port MUST be the well-known\\n  port associated with the redirect scheme. Specifically \\"http\\" to port 80\\n  and \\"https\\" to port 443. If the redirect scheme does not have a\\n  well-known port, the listener port of the Gateway SHOULD be used.\\n* If redirect scheme is empty, the redirect port MUST be the Gateway\\n  Listener port.\\n\\nImplementations SHOULD NOT add the port number in the \'Location\'\\nheader in the following cases:\\n\\n* A Location header that will use HTTP (whether that is determined via\\n  the Listener protocol or the Scheme field) _and_ use port 80.\\n* A Location header that will use HTTPS (whether that is determined via\\n  the Listener protocol or the Scheme field) _and_ use port 443.\\n\\nSupport: Extended","format":"int32","maximum":65535,"minimum":1,"type":"integer"},"scheme":{"description":"Scheme is the scheme to be used in the value of the `Location` header in\\nthe response. When empty, the scheme of the request is used.\\n\\nScheme redirects can affect the port of the redirect, for more information,\\nrefer to the documentation for the port field of this filter.\\n\\nNote that values may be added to this enum, implementations\\nmust ensure that unknown values will not cause a crash.\\n\\nUnknown values here must result in the implementation setting the\\nAccepted Condition for the Route to `status: False`, with a\\nReason of `UnsupportedValue`.\\n\\nSupport: Extended","enum":["http","https"],"type":"string"},"statusCode":{"default":302,"description":"StatusCode is the HTTP status code to be used in response.\\n\\nNote that values may be added to this enum, implementations\\nmust ensure that unknown values will not cause a crash.\\n\\nUnknown values here must result in the implementation setting the\\nAccepted Condition for the Route to `status: False`, with a\\nReason of `UnsupportedValue`.\\n\\nSupport: statusCode 301 and 302 are Core; all others are Extended.","enum":[301,302,303,307,308],"type":"integer"}},"type":"object"},"responseHeaderModifier":{"description":"ResponseHeaderModifier defines a schema for a filter that modifies response\\nheaders.\\n\\nSupport: Extended","properties":{"add":{"description":"Add adds the given header(s) (name, value) to the request\\nbefore the action. It appends to any existing values associated\\nwith the header name.\\n\\nInput:\\n  GET /foo HTTP/1.1\\n  my-header: foo\\n\\nConfig:\\n  add:\\n  - name: \\"my-header\\"\\n    value: \\"bar,baz\\"\\n\\nOutput:\\n  GET /foo HTTP/1.1\\n  my-header: foo,bar,baz","items":{"description":"HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.","properties":{"name":{"description":"Name is the name of the HTTP Header to be matched. Name matching MUST be\\ncase-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).\\n\\nIf multiple entries specify equivalent header names, the first entry with\\nan equivalent name MUST be considered for a match. Subsequent entries\\nwith an equivalent header name MUST be ignored. Due to the\\ncase-insensitivity of header names, \\"foo\\" and \\"Foo\\" are considered\\nequivalent.","maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&\'*+\\\\-.^_\\\\x60|~]+$","type":"string"},"value":{"description":"Value is the value of HTTP Header to be matched.","maxLength":4096,"minLength":1,"type":"string"}},"required":["name","value"],"type":"object"},"maxItems":16,"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map"},"remove":{"description":"Remove the given header(s) from the HTTP request before the action. The\\nvalue of Remove is a list of HTTP header names. Note that the header\\nnames are case-insensitive (see\\nhttps://datatracker.ietf.org/doc/html/rfc2616#section-4.2).\\n\\nInput:\\n  GET /foo HTTP/1.1\\n  my-header1: foo\\n  my-header2: bar\\n  my-header3: baz\\n\\nConfig:\\n  remove: [\\"my-header1\\", \\"my-header3\\"]\\n\\nOutput:\\n  GET /foo HTTP/1.1\\n  my-header2: bar","items":{"type":"string"},"maxItems":16,"type":"array","x-kubernetes-list-type":"set"},"set":{"description":"Set overwrites the request with the given header (name, value)\\nbefore the action.\\n\\nInput:\\n  GET /foo HTTP/1.1\\n  my-header: foo\\n\\nConfig:\\n  set:\\n  - name: \\"my-header\\"\\n    value: \\"bar\\"\\n\\nOutput:\\n  GET /foo HTTP/1.1\\n  my-header: bar","items":{"description":"HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.","properties":{"name":{"description":"Name is the name of the HTTP Header to be matched. Name matching MUST be\\ncase-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).\\n\\nIf multiple entries specify equivalent header names, the first entry with\\nan equivalent name MUST be considered for a match. Subsequent entries\\nwith an equivalent header name MUST be ignored. Due to the\\ncase-insensitivity of header names, \\"foo\\" and \\"Foo\\" are considered\\nequivalent.","maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&\'*+\\\\-.^_\\\\x60|~]+$","type":"string"},"value":{"description":"Value is the value of HTTP Header to be matched.","maxLength":4096,"minLength":1,"type":"string"}},"required":["name","value"],"type":"object"},"maxItems":16,"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map"}},"type":"object"},"type":{"description":"Type identifies the type of filter to apply. As with other API fields,\\ntypes are classified into three conformance levels:\\n\\n- Core: Filter types and their corresponding configuration defined by\\n  \\"Support: Core\\" in this package, e.g. \\"RequestHeaderModifier\\". All\\n  implementations must support core filters.\\n\\n- Extended: Filter types and their corresponding configuration defined by\\n  \\"Support: Extended\\" in this package, e.g. \\"RequestMirror\\". Implementers\\n  are encouraged to support extended filters.\\n\\n- Implementation-specific: Filters that are defined and supported by\\n  specific vendors.\\n  In the future, filters showing convergence in behavior across multiple\\n  implementations will be considered for inclusion in extended or core\\n  conformance levels. Filter-specific configuration for such filters\\n  is specified using the ExtensionRef field. `Type` should be set to\\n  \\"ExtensionRef\\" for custom filters.\\n\\nImplementers are encouraged to define custom implementation types to\\nextend the core API with implementation-specific behavior.\\n\\nIf a reference to a custom filter type cannot be resolved, the filter\\nMUST NOT be skipped. Instead, requests that would have been processed by\\nthat filter MUST receive a HTTP error response.\\n\\nNote that values may be added to this enum, implementations\\nmust ensure that unknown values will not cause a crash.\\n\\nUnknown values here must result in the implementation setting the\\nAccepted Condition for the Route to `status: False`, with a\\nReason of `UnsupportedValue`.","enum":["RequestHeaderModifier","ResponseHeaderModifier","RequestMirror","RequestRedirect","URLRewrite","ExtensionRef","CORS"],"type":"string"},"urlRewrite":{"description":"URLRewrite defines a schema for a filter that modifies a request during forwarding.\\n\\nSupport: Extended","properties":{"hostname":{"description":"Hostname is the value to be used to replace the Host header value during\\nforwarding.\\n\\nSupport: Extended","maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"path":{"description":"Path defines a path rewrite.\\n\\nSupport: Extended","properties":{"replaceFullPath":{"description":"ReplaceFullPath specifies the value with which to replace the full path\\nof a request during a rewrite or redirect.","maxLength":1024,"type":"string"},"replacePrefixMatch":{"description":"ReplacePrefixMatch specifies the value with which to replace the prefix\\nmatch of a request during a rewrite or redirect. For example, a request\\nto \\"/foo/bar\\" with a prefix match of \\"/foo\\" and a ReplacePrefixMatch\\nof \\"/xyz\\" would be modified to \\"/xyz/bar\\".\\n\\nNote that this matches the behavior of the PathPrefix match type. This\\nmatches full path elements. A path element refers to the list of labels\\nin the path split by the `/` separator. When specified, a trailing `/` is\\nignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all\\nmatch the prefix `/abc`, but the path `/abcd` would not.\\n\\nReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.\\nUsing any other HTTPRouteMatch type on the same HTTPRouteRule will result in\\nthe implementation setting the Accepted Condition for the Route to `status: False`.\\n\\nRequest Path | Prefix Match | Replace Prefix | Modified Path","maxLength":1024,"type":"string"},"type":{"description":"Type defines the type of path modifier. Additional types may be\\nadded in a future release of the API.\\n\\nNote that values may be added to this enum, implementations\\nmust ensure that unknown values will not cause a crash.\\n\\nUnknown values here must result in the implementation setting the\\nAccepted Condition for the Route to `status: False`, with a\\nReason of `UnsupportedValue`.","enum":["ReplaceFullPath","ReplacePrefixMatch"],"type":"string"}},"required":["type"],"type":"object","x-kubernetes-validations":[{"message":"replaceFullPath must be specified when type is set to \'ReplaceFullPath\'","rule":"self.type == \'ReplaceFullPath\' ? has(self.replaceFullPath) : true"},{"message":"type must be \'ReplaceFullPath\' when replaceFullPath is set","rule":"has(self.replaceFullPath) ? self.type == \'ReplaceFullPath\' : true"},{"message":"replacePrefixMatch must be specified when type is set to \'ReplacePrefixMatch\'","rule":"self.type == \'ReplacePrefixMatch\' ? has(self.replacePrefixMatch) : true"},{"message":"type must be \'ReplacePrefixMatch\' when replacePrefixMatch is set","rule":"has(self.replacePrefixMatch) ? self.type == \'ReplacePrefixMatch\' : true"}]}},"type":"object"}},"required":["type"],"type":"object","x-kubernetes-validations":[{"message":"filter.cors must be nil if the filter.type is not CORS","rule":"!(has(self.cors) && self.type != \'CORS\')"},{"message":"filter.cors must be specified for CORS filter.type","rule":"!(!has(self.cors) && self.type == \'CORS\')"},{"message":"filter.requestHeaderModifier must be nil if the filter.type is not RequestHeaderModifier","rule":"!(has(self.requestHeaderModifier) && self.type != \'RequestHeaderModifier\')"},{"message":"filter.requestHeaderModifier must be specified for RequestHeaderModifier filter.type","rule":"!(!has(self.requestHeaderModifier) && self.type == \'RequestHeaderModifier\')"},{"message":"filter.responseHeaderModifier must be nil if the filter.type is not ResponseHeaderModifier","rule":"!(has(self.responseHeaderModifier) && self.type != \'ResponseHeaderModifier\')"},{"message":"filter.responseHeaderModifier must be specified for ResponseHeaderModifier filter.type","rule":"!(!has(self.responseHeaderModifier) && self.type == \'ResponseHeaderModifier\')"},{"message":"filter.requestMirror must be nil if the filter.type is not RequestMirror","rule":"!(has(self.requestMirror) && self.type != \'RequestMirror\')"},{"message":"filter.requestMirror must be specified for RequestMirror filter.type","rule":"!(!has(self.requestMirror) && self.type == \'RequestMirror\')"},{"message":"filter.requestRedirect must be nil if the filter.type is not RequestRedirect","rule":"!(has(self.requestRedirect) && self.type != \'RequestRedirect\')"},{"message":"filter.requestRedirect must be specified for RequestRedirect filter.type","rule":"!(!has(self.requestRedirect) && self.type == \'RequestRedirect\')"},{"message":"filter.urlRewrite must be nil if the filter.type is not URLRewrite","rule":"!(has(self.urlRewrite) && self.type != \'URLRewrite\')"},{"message":"filter.urlRewrite must be specified for URLRewrite filter.type","rule":"!(!has(self.urlRewrite) && self.type == \'URLRewrite\')"},{"message":"filter.extensionRef must be nil if the filter.type is not ExtensionRef","rule":"!(has(self.extensionRef) && self.type != \'ExtensionRef\')"},{"message":"filter.extensionRef must be specified for ExtensionRef filter.type","rule":"!(!has(self.extensionRef) && self.type == \'ExtensionRef\')"}]},"maxItems":16,"type":"array","x-kubernetes-list-type":"atomic","x-kubernetes-validations":[{"message":"May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both","rule":"!(self.exists(f, f.type == \'RequestRedirect\') && self.exists(f, f.type == \'URLRewrite\'))"},{"message":"CORS filter cannot be repeated","rule":"self.filter(f, f.type == \'CORS\').size() <= 1"},{"message":"RequestHeaderModifier filter cannot be repeated","rule":"self.filter(f, f.type == \'RequestHeaderModifier\').size() <= 1"},{"message":"ResponseHeaderModifier filter cannot be repeated","rule":"self.filter(f, f.type == \'ResponseHeaderModifier\').size() <= 1"},{"message":"RequestRedirect filter cannot be repeated","rule":"self.filter(f, f.type == \'RequestRedirect\').size() <= 1"},{"message":"URLRewrite filter cannot be repeated","rule":"self.filter(f, f.type == \'URLRewrite\').size() <= 1"}]},"group":{"default":"","description":"Group is the group of the referent. For example, \\"gateway.networking.k8s.io\\".\\nWhen unspecified or empty string, core API group is inferred.","maxLength":253,"pattern":"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"kind":{"default":"Service","description":"Kind is the Kubernetes resource kind of the referent. For example\\n\\"Service\\".\\n\\nDefaults to \\"Service\\" when not specified.\\n\\nExternalName services can refer to CNAME DNS records that may live\\noutside of the cluster and as such are difficult to reason about in\\nterms of conformance. They also may not be safe to forward to (see\\nCVE-2021-25740 for more information). Implementations SHOULD NOT\\nsupport ExternalName Services.\\n\\nSupport: Core (Services with a type other than ExternalName)\\n\\nSupport: Implementation-specific (Services with type ExternalName)","maxLength":63,"minLength":1,"pattern":"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$","type":"string"},"name":{"description":"Name is the name of the referent.","maxLength":253,"minLength":1,"type":"string"},"namespace":{"description":"Namespace is the namespace of the backend. When unspecified, the local\\nnamespace is inferred.\\n\\nNote that when a namespace different than the local namespace is specified,\\na ReferenceGrant object is required in the referent namespace to allow that\\nnamespace\'s owner to accept the reference. See the ReferenceGrant\\ndocumentation for details.\\n\\nSupport: Core","maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"port":{"description":"Port specifies the destination port number to use for this resource.\\nPort is required when the referent is a Kubernetes Service. In this\\ncase, the port number is the service port number, not the target port.\\nFor other resources, destination port might be derived from the referent\\nresource or this field.","format":"int32","maximum":65535,"minimum":1,"type":"integer"},"weight":{"default":1,"description":"Weight specifies the proportion of requests forwarded to the referenced\\nbackend. This is computed as weight/(sum of all weights in this\\nBackendRefs list). For non-zero values, there may be some epsilon from\\nthe exact proportion defined here depending on the precision an\\nimplementation supports. Weight is not a percentage and the sum of\\nweights does not need to equal 100.\\n\\nIf only one backend is specified and it has a weight greater than 0, 100%\\nof the traffic is forwarded to that backend. If weight is set to 0, no\\ntraffic should be forwarded for this entry. If unspecified, weight\\ndefaults to 1.\\n\\nSupport for this field varies based on the context where used.","format":"int32","maximum":1000000,"minimum":0,"type":"integer"}},"required":["name"],"type":"object","x-kubernetes-validations":[{"message":"Must have port for Service reference","rule":"(size(self.group) == 0 && self.kind == \'Service\') ? has(self.port) : true"}]},"maxItems":16,"type":"array","x-kubernetes-list-type":"atomic"},"filters":{"description":"Filters define the filters that are applied to requests that match\\nthis rule.\\n\\nWherever possible, implementations SHOULD implement filters in the order\\nthey are specified.\\n\\nImplementations MAY choose to implement this ordering strictly, rejecting\\nany combination or order of filters that cannot be supported. If implementations\\nchoose a strict interpretation of filter ordering, they MUST clearly document\\nthat behavior.\\n\\nTo reject an invalid combination or order of filters, implementations SHOULD\\nconsider the Route Rules with this configuration invalid. If all Route Rules\\nin a Route are invalid, the entire Route would be considered invalid. If only\\na portion of Route Rules are invalid, implementations MUST set the\\n\\"PartiallyInvalid\\" condition for the Route.\\n\\nConformance-levels at this level are defined based on the type of filter:\\n\\n- ALL core filters MUST be supported by all implementations.\\n- Implementers are encouraged to support extended filters.\\n- Implementation-specific custom filters have no API guarantees across\\n  implementations.\\n\\nSpecifying the same filter multiple times is not supported unless explicitly\\nindicated in the filter.\\n\\nAll filters are expected to be compatible with each other except for the\\nURLRewrite and RequestRedirect filters, which may not be combined. If an\\nimplementation cannot support other combinations of filters, they must clearly\\ndocument that limitation. In cases where incompatible or unsupported\\nfilters are specified and cause the `Accepted` condition to be set to status\\n`False`, implementations may use the `IncompatibleFilters` reason to specify\\nthis configuration error.\\n\\nSupport: Core","items":{"description":"HTTPRouteFilter defines processing steps that must be completed during the\\nrequest or response lifecycle. HTTPRouteFilters are meant as an extension\\npoint to express processing that may be done in Gateway implementations. Some\\nexamples include request or response modification, implementing\\nauthentication strategies, rate-limiting, and traffic shaping. API\\nguarantee/conformance is defined based on the type of the filter.","properties":{"cors":{"description":"CORS defines a schema for a filter that responds to the\\ncross-origin request based on HTTP response header.\\n\\nSupport: Extended","properties":{"allowCredentials":{"description":"AllowCredentials indicates whether the actual cross-origin request allows\\nto include credentials.\\n\\nWhen set to true, the gateway will include the `Access-Control-Allow-Credentials`\\nresponse header with value true (case-sensitive).\\n\\nWhen set to false or omitted the gateway will omit the header\\n`Access-Control-Allow-Credentials` entirely (this is the standard CORS\\nbehavior).\\n\\nSupport: Extended","type":"boolean"},"allowHeaders":{"description":"AllowHeaders indicates which HTTP request headers are supported for\\naccessing the requested resource.\\n\\nHeader names are not case-sensitive.\\n\\nMultiple header names in the value of the `Access-Control-Allow-Headers`\\nresponse header are separated by a comma (\\",\\").\\n\\nWhen the `allowHeaders` field is configured with one or more headers, the\\ngateway must return the `Access-Control-Allow-Headers` response header\\nwhich value is present in the `allowHeaders` field.\\n\\nIf any header name in the `Access-Control-Request-Headers` request header\\nis not included in the list of header names specified by the response\\nheader `Access-Control-Allow-Headers`, it will present an error on the\\nclient side.\\n\\nIf any header name in the `Access-Control-Allow-Headers` response header\\ndoes not recognize by the client, it will also occur an error on the\\nclient side.\\n\\nA wildcard indicates that the requests with all HTTP headers are allowed.\\n\\nIf the configuration contains the wildcard `*` in `allowHeaders` and\\n`allowCredentials` is set to `false`, the `Access-Control-Allow-Headers`\\nresponse header may either contain the wildcard `*` or echo the value\\nof the `Access-Control-Request-Headers` request header.\\n\\nIf the configuration contains the wildcard `*` in `allowHeaders` and\\n`allowCredentials` is set to `true`, the gateway must not return `*`\\nin the `Access-Control-Allow-Headers` response header. Instead, it must\\nreturn one or more header names matching the value of the\\n`Access-Control-Request-Headers` request header.\\nIf the `Access-Control-Request-Headers` header is not present in the\\nrequest, the gateway must omit the `Access-Control-Allow-Headers`\\nresponse header.\\n\\nSupport: Extended","items":{"description":"HTTPHeaderName is the name of an HTTP header.\\n\\nValid values include:\\n\\n* \\"Authorization\\"\\n* \\"Set-Cookie\\"\\n\\nInvalid values include:\\n\\n  - \\":method\\" - \\":\\" is an invalid character. This means that HTTP/2 pseudo\\n    headers are not currently supported by this type.\\n  - \\"/invalid\\" - \\"/ \\" is an invalid character","maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&\'*+\\\\-.^_\\\\x60|~]+$","type":"string"},"maxItems":64,"type":"array","x-kubernetes-list-type":"set","x-kubernetes-validations":[{"message":"AllowHeaders cannot contain \'*\' alongside other methods","rule":"!(\'*\' in self && self.size() > 1)"}]},"allowMethods":{"description":"AllowMethods indicates which HTTP methods are supported for accessing the\\nrequested resource.\\n\\nValid values are any method defined by RFC9110, along with the special\\nvalue `*`, which represents all HTTP methods are allowed.\\n\\nMethod names are case-sensitive, so these values are also case-sensitive.\\n(See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1)\\n\\nMultiple method names in the value of the `Access-Control-Allow-Methods`\\nresponse header are separated by a comma (\\",\\").\\n\\nA CORS-safelisted method is a method that is `GET`, `HEAD`, or `POST`.\\n(See https://fetch.spec.whatwg.org/#cors-safelisted-method) The\\nCORS-safelisted methods are always allowed, regardless of whether they\\nare specified in the `allowMethods` field.\\n\\nWhen the `allowMethods` field is configured with one or more methods, the\\ngateway must return the `Access-Control-Allow-Methods` response header\\nwhich value is present in the `allowMethods` field.\\n\\nIf the HTTP method of the `Access-Control-Request-Method` request header\\nis not included in the list of methods specified by the response header\\n`Access-Control-Allow-Methods`, it will present an error on the client\\nside.\\n\\nIf the configuration contains the wildcard `*` in `allowMethods` and\\n`allowCredentials` is set to `false`, the `Access-Control-Allow-Methods`\\nresponse header may either contain the wildcard `*` or echo the value\\nof the `Access-Control-Request-Method` request header.\\n\\nIf the configuration contains the wildcard `*` in `allowMethods` and\\n`allowCredentials` is set to `true`, the gateway must not return `*`\\nin the `Access-Control-Allow-Methods` response header. Instead, it must\\nreturn a single HTTP method matching the value of the\\n`Access-Control-Request-Method` request header.\\nIf the `Access-Control-Request-Method` header is not present in the request,\\nthe gateway must omit the `Access-Control-Allow-Methods` response header.\\n\\nSupport: Extended","items":{"enum":["GET","HEAD","POST","PUT","DELETE","CONNECT","OPTIONS","TRACE","PATCH","*"],"type":"string"},"maxItems":9,"type":"array","x-kubernetes-list-type":"set","x-kubernetes-validations":[{"message":"AllowMethods cannot contain \'*\' alongside other methods","rule":"!(\'*\' in self && self.size() > 1)"}]},"allowOrigins":{"description":"AllowOrigins indicates whether the response can be shared with requested\\nresource from the given `Origin`.\\n\\nThe `Origin` consists of a scheme and a host, with an optional port, and\\ntakes the form `<scheme>://<host>(:<port>)`.\\n\\nValid values for scheme are: `http` and `https`.\\n\\nValid values for port are any integer between 1 and 65535 (the list of\\navailable TCP/UDP ports). Note that, if not included, port `80` is\\nassumed for `http` scheme origins, and port `443` is assumed for `https`\\norigins. This may affect origin matching.\\n\\nThe host part of the origin may contain the wildcard character `*`. These\\nwildcard characters behave as follows:\\n\\n* `*` is a greedy match to the _left_, including any number of\\n  DNS labels to the left of its position. This also means that\\n  `*` will include any number of period `.` characters to the\\n  left of its position.\\n* A wildcard by itself matches all hosts.\\n\\nAn origin value that includes _only_ the `*` character indicates requests\\nfrom all `Origin`s are allowed.\\n\\nWhen the `allowOrigins` field is configured with multiple origins, it\\nmeans the server supports clients from multiple origins. If the request\\n`Origin` matches the configured allowed origins, the gateway must return\\nthe given `Origin` and sets value of the header\\n`Access-Control-Allow-Origin` same as the `Origin` header provided by the\\nclient.\\n\\nThe status code of a successful response to a \\"preflight\\" request is\\nalways an OK status (i.e., 204 or 200).\\n\\nIf the request `Origin` does not match the configured allowed origins,\\nthe gateway returns 204/200 response but doesn\'t set the relevant\\ncross-origin response headers. Alternatively, the gateway responds with\\n403 status to the \\"preflight\\" request is denied, coupled with omitting\\nthe CORS headers. The cross-origin request fails on the client side.\\nTherefore, the client doesn\'t attempt the actual cross-origin request.\\n\\nConversely, if the request `Origin` matches one of the configured\\nallowed origins, the gateway sets the response header\\n`Access-Control-Allow-Origin` to the same value as the `Origin`\\nheader provided by the client.\\n\\nIf the configuration contains the wildcard `*` in `allowOrigins` and\\n`allowCredentials` is set to `false`, the `Access-Control-Allow-Origin`\\nresponse header may either contain the wildcard `*` or echo the value\\nof the `Origin` request header.\\n\\nIf the configuration contains the wildcard `*` in `allowOrigins` and\\n`allowCredentials` is set to `true`, the gateway must not return `*`\\nin the `Access-Control-Allow-Origin` response header. Instead, it must\\nreturn a single origin matching the value of the `Origin` request header.\\n\\nSupport: Extended","items":{"description":"The CORSOrigin MUST NOT be a relative URI, and it MUST follow the URI syntax and\\nencoding rules specified in RFC3986.  The CORSOrigin MUST include both a\\nscheme (\\"http\\" or \\"https\\") and a scheme-specific-part, or it should be a single \'*\' character.\\nURIs that include an authority MUST include a fully qualified domain name or\\nIP address as the host.","maxLength":253,"minLength":1,"pattern":"(^\\\\*$)|(^(http(s)?):\\\\/\\\\/(((\\\\*\\\\.)?([a-zA-Z0-9\\\\-]+\\\\.)*[a-zA-Z0-9-]+|\\\\*)(:([0-9]{1,5}))?)$)","type":"string"},"maxItems":64,"type":"array","x-kubernetes-list-type":"set","x-kubernetes-validations":[{"message":"AllowOrigins cannot contain \'*\' alongside other origins","rule":"!(\'*\' in self && self.size() > 1)"}]},"exposeHeaders":{"description":"ExposeHeaders indicates which HTTP response headers can be exposed\\nto client-side scripts in response to a cross-origin request.\\n\\nA CORS-safelisted response header is an HTTP header in a CORS response\\nthat it is considered safe to expose to the client scripts.\\nThe CORS-safelisted response headers include the following headers:\\n`Cache-Control`\\n`Content-Language`\\n`Content-Length`\\n`Content-Type`\\n`Expires`\\n`Last-Modified`\\n`Pragma`\\n(See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name)\\nThe CORS-safelisted response headers are exposed to client by default.\\n\\nWhen an HTTP header name is specified using the `exposeHeaders` field,\\nthis additional header will be exposed as part of the response to the\\nclient.\\n\\nHeader names are not case-sensitive.\\n\\nMultiple header names in the value of the `Access-Control-Expose-Headers`\\nresponse header are separated by a comma (\\",\\").\\n\\nA wildcard indicates that the responses with all HTTP headers are exposed\\nto clients.\\n\\nIf the configuration contains the wildcard `*` in `exposeHeaders` and\\n`allowCredentials` is set to `false`, the `Access-Control-Expose-Headers`\\nresponse header can contain the wildcard `*`.\\n\\nIf the configuration contains the wildcard `*` in `exposeHeaders` and\\n`allowCredentials` is set to `true`, the gateway cannot use the `*`\\nin the `Access-Control-Expose-Headers` response header.\\n\\nSupport: Extended","items":{"description":"HTTPHeaderName is the name of an HTTP header.\\n\\nValid values include:\\n\\n* \\"Authorization\\"\\n* \\"Set-Cookie\\"\\n\\nInvalid values include:\\n\\n  - \\":method\\" - \\":\\" is an invalid character. This means that HTTP/2 pseudo\\n    headers are not currently supported by this type.\\n  - \\"/invalid\\" - \\"/ \\" is an invalid character","maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&\'*+\\\\-.^_\\\\x60|~]+$","type":"string"},"maxItems":64,"type":"array","x-kubernetes-list-type":"set"},"maxAge":{"default":5,"description":"MaxAge indicates the duration (in seconds) for the client to cache the\\nresults of a \\"preflight\\" request.\\n\\nThe information provided by the `Access-Control-Allow-Methods` and\\n`Access-Control-Allow-Headers` response headers can be cached by the\\nclient until the time specified by `Access-Control-Max-Age` elapses.\\n\\nThe default value of `Access-Control-Max-Age` response header is 5\\n(seconds).\\n\\nWhen the `MaxAge` field is unspecified, the gateway sets the response\\nheader \\"Access-Control-Max-Age: 5\\" by default.","format":"int32","minimum":1,"type":"integer"}},"type":"object"},"extensionRef":{"description":"ExtensionRef is an optional, implementation-specific extension to the\\n\\"filter\\" behavior.  For example, resource \\"myroutefilter\\" in group\\n\\"networking.example.net\\"). ExtensionRef MUST NOT be used for core and\\nextended filters.\\n\\nThis filter can be used multiple times within the same rule.\\n\\nSupport: Implementation-specific","properties":{"group":{"description":"Group is the group of the referent. For example, \\"gateway.networking.k8s.io\\".\\nWhen unspecified or empty string, core API group is inferred.","maxLength":253,"pattern":"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"kind":{"description":"Kind is kind of the referent. For example \\"HTTPRoute\\" or \\"Service\\".","maxLength":63,"minLength":1,"pattern":"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$","type":"string"},"name":{"description":"Name is the name of the referent.","maxLength":253,"minLength":1,"type":"string"}},"required":["group","kind","name"],"type":"object"},"requestHeaderModifier":{"description":"RequestHeaderModifier defines a schema for a filter that modifies request\\nheaders.\\n\\nSupport: Core","properties":{"add":{"description":"Add adds the given header(s) (name, value) to the request\\nbefore the action. It appends to any existing values associated\\nwith the header name.\\n\\nInput:\\n  GET /foo HTTP/1.1\\n  my-header: foo\\n\\nConfig:\\n  add:\\n  - name: \\"my-header\\"\\n    value: \\"bar,baz\\"\\n\\nOutput:\\n  GET /foo HTTP/1.1\\n  my-header: foo,bar,baz","items":{"description":"HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.","properties":{"name":{"description":"Name is the name of the HTTP Header to be matched. Name matching MUST be\\ncase-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).\\n\\nIf multiple entries specify equivalent header names, the first entry with\\nan equivalent name MUST be considered for a match. Subsequent entries\\nwith an equivalent header name MUST be ignored. Due to the\\ncase-insensitivity of header names, \\"foo\\" and \\"Foo\\" are considered\\nequivalent.","maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&\'*+\\\\-.^_\\\\x60|~]+$","type":"string"},"value":{"description":"Value is the value of HTTP Header to be matched.","maxLength":4096,"minLength":1,"type":"string"}},"required":["name","value"],"type":"object"},"maxItems":16,"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map"},"remove":{"description":"Remove the given header(s) from the HTTP request before the action. The\\nvalue of Remove is a list of HTTP header names. Note that the header\\nnames are case-insensitive (see\\nhttps://datatracker.ietf.org/doc/html/rfc2616#section-4.2).\\n\\nInput:\\n  GET /foo HTTP/1.1\\n  my-header1: foo\\n  my-header2: bar\\n  my-header3: baz\\n\\nConfig:\\n  remove: [\\"my-header1\\", \\"my-header3\\"]\\n\\nOutput:\\n  GET /foo HTTP/1.1\\n  my-header2: bar","items":{"type":"string"},"maxItems":16,"type":"array","x-kubernetes-list-type":"set"},"set":{"description":"Set overwrites the request with the given header (name, value)\\nbefore the action.\\n\\nInput:\\n  GET /foo HTTP/1.1\\n  my-header: foo\\n\\nConfig:\\n  set:\\n  - name: \\"my-header\\"\\n    value: \\"bar\\"\\n\\nOutput:\\n  GET /foo HTTP/1.1\\n  my-header: bar","items":{"description":"HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.","properties":{"name":{"description":"Name is the name of the HTTP Header to be matched. Name matching MUST be\\ncase-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).\\n\\nIf multiple entries specify equivalent header names, the first entry with\\nan equivalent name MUST be considered for a match. Subsequent entries\\nwith an equivalent header name MUST be ignored. Due to the\\ncase-insensitivity of header names, \\"foo\\" and \\"Foo\\" are considered\\nequivalent.","maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&\'*+\\\\-.^_\\\\x60|~]+$","type":"string"},"value":{"description":"Value is the value of HTTP Header to be matched.","maxLength":4096,"minLength":1,"type":"string"}},"required":["name","value"],"type":"object"},"maxItems":16,"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map"}},"type":"object"},"requestMirror":{"description":"RequestMirror defines a schema for a filter that mirrors requests.\\nRequests are sent to the specified destination, but responses from\\nthat destination are ignored.\\n\\nThis filter can be used multiple times within the same rule. Note that\\nnot all implementations will be able to support mirroring to multiple\\nbackends.\\n\\nSupport: Extended","properties":{"backendRef":{"description":"BackendRef references a resource where mirrored requests are sent.\\n\\nMirrored requests must be sent only to a single destination endpoint\\nwithin this BackendRef, irrespective of how many endpoints are present\\nwithin this BackendRef.\\n\\nIf the referent cannot be found, this BackendRef is invalid and must be\\ndropped from the Gateway. The controller must ensure the \\"ResolvedRefs\\"\\ncondition on the Route status is set to `status: False` and not configure\\nthis backend in the underlying implementation.\\n\\nIf there is a cross-namespace reference to an *existing* object\\nthat is not allowed by a ReferenceGrant, the controller must ensure the\\n\\"ResolvedRefs\\"  condition on the Route is set to `status: False`,\\nwith the \\"RefNotPermitted\\" reason and not configure this backend in the\\nunderlying implementation.\\n\\nIn either error case, the Message of the `ResolvedRefs` Condition\\nshould be used to provide more detail about the problem.\\n\\nSupport: Extended for Kubernetes Service\\n\\nSupport: Implementation-specific for any other resource\\n\\nIf the backend service requires TLS, use BackendTLSPolicy to tell the\\nimplementation to supply the TLS details to be used to connect to that\\nbackend.","properties":{"group":{"default":"","description":"Group is the group of the referent. For example, \\"gateway.networking.k8s.io\\".\\nWhen unspecified or empty string, core API group is inferred.","maxLength":253,"pattern":"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"kind":{"default":"Service","description":"Kind is the Kubernetes resource kind of the referent. For example\\n\\"Service\\".\\n\\nDefaults to \\"Service\\" when not specified.\\n\\nExternalName services can refer to CNAME DNS records that may live\\noutside of the cluster and as such are difficult to reason about in\\nterms of conformance. They also may not be safe to forward to (see\\nCVE-2021-25740 for more information). Implementations SHOULD NOT\\nsupport ExternalName Services.\\n\\nSupport: Core (Services with a type other than ExternalName)\\n\\nSupport: Implementation-specific (Services with type ExternalName)","maxLength":63,"minLength":1,"pattern":"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$","type":"string"},"name":{"description":"Name is the name of the referent.","maxLength":253,"minLength":1,"type":"string"},"namespace":{"description":"Namespace is the namespace of the backend. When unspecified, the local\\nnamespace is inferred.\\n\\nNote that when a namespace different than the local namespace is specified,\\na ReferenceGrant object is required in the referent namespace to allow that\\nnamespace\'s owner to accept the reference. See the ReferenceGrant\\ndocumentation for details.\\n\\nSupport: Core","maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"port":{"description":"Port specifies the destination port number to use for this resource.\\nPort is required when the referent is a Kubernetes Service. In this\\ncase, the port number is the service port number, not the target port.\\nFor other resources, destination port might be derived from the referent\\nresource or this field.","format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["name"],"type":"object","x-kubernetes-validations":[{"message":"Must have port for Service reference","rule":"(size(self.group) == 0 && self.kind == \'Service\') ? has(self.port) : true"}]},"fraction":{"description":"Fraction represents the fraction of requests that should be\\nmirrored to BackendRef.\\n\\nOnly one of Fraction or Percent may be specified. If neither field\\nis specified, 100% of requests will be mirrored.","properties":{"denominator":{"default":100,"format":"int32","minimum":1,"type":"integer"},"numerator":{"format":"int32","minimum":0,"type":"integer"}},"required":["numerator"],"type":"object","x-kubernetes-validations":[{"message":"numerator must be less than or equal to denominator","rule":"self.numerator <= self.denominator"}]},"percent":{"description":"Percent represents the percentage of requests that should be\\nmirrored to BackendRef. Its minimum value is 0 (indicating 0% of\\nrequests) and its maximum value is 100 (indicating 100% of requests).\\n\\nOnly one of Fraction or Percent may be specified. If neither field\\nis specified, 100% of requests will be mirrored.","format":"int32","maximum":100,"minimum":0,"type":"integer"}},"required":["backendRef"],"type":"object","x-kubernetes-validations":[{"message":"Only one of percent or fraction may be specified in HTTPRequestMirrorFilter","rule":"!(has(self.percent) && has(self.fraction))"}]},"requestRedirect":{"description":"RequestRedirect defines a schema for a filter that responds to the\\nrequest with an HTTP redirection.\\n\\nSupport: Core","properties":{"hostname":{"description":"Hostname is the hostname to be used in the value of the `Location`\\nheader in the response.\\nWhen empty, the hostname in the `Host` header of the request is used.\\n\\nSupport: Core","maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"path":{"description":"Path defines parameters used to modify the path of the incoming request.\\nThe modified path is then used to construct the `Location` header. When\\nempty, the request path is used as-is.\\n\\nSupport: Extended","properties":{"replaceFullPath":{"description":"ReplaceFullPath specifies the value with which to replace the full path\\nof a request during a rewrite or redirect.","maxLength":1024,"type":"string"},"replacePrefixMatch":{"description":"ReplacePrefixMatch specifies the value with which to replace the prefix\\nmatch of a request during a rewrite or redirect. For example, a request\\nto \\"/foo/bar\\" with a prefix match of \\"/foo\\" and a ReplacePrefixMatch\\nof \\"/xyz\\" would be modified to \\"/xyz/bar\\".\\n\\nNote that this matches the behavior of the PathPrefix match type. This\\nmatches full path elements. A path element refers to the list of labels\\nin the path split by the `/` separator. When specified, a trailing `/` is\\nignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all\\nmatch the prefix `/abc`, but the path `/abcd` would not.\\n\\nReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.\\nUsing any other HTTPRouteMatch type on the same HTTPRouteRule will result in\\nthe implementation setting the Accepted Condition for the Route to `status: False`.\\n\\nRequest Path | Prefix Match | Replace Prefix | Modified Path","maxLength":1024,"type":"string"},"type":{"description":"Type defines the type of path modifier. Additional types may be\\nadded in a future release of the API.\\n\\nNote that values may be added to this enum, implementations\\nmust ensure that unknown values will not cause a crash.\\n\\nUnknown values here must result in the implementation setting the\\nAccepted Condition for the Route to `status: False`, with a\\nReason of `UnsupportedValue`.","enum":["ReplaceFullPath","ReplacePrefixMatch"],"type":"string"}},"required":["type"],"type":"object","x-kubernetes-validations":[{"message":"replaceFullPath must be specified when type is set to \'ReplaceFullPath\'","rule":"self.type == \'ReplaceFullPath\' ? has(self.replaceFullPath) : true"},{"message":"type must be \'ReplaceFullPath\' when replaceFullPath is set","rule":"has(self.replaceFullPath) ? self.type == \'ReplaceFullPath\' : true"},{"message":"replacePrefixMatch must be specified when type is set to \'ReplacePrefixMatch\'","rule":"self.type == \'ReplacePrefixMatch\' ? has(self.replacePrefixMatch) : true"},{"message":"type must be \'ReplacePrefixMatch\' when replacePrefixMatch is set","rule":"has(self.replacePrefixMatch) ? self.type == \'ReplacePrefixMatch\' : true"}]},"port":{"description":"Port is the port to be used in the value of the `Location`\\nheader in the response.\\n\\nIf no port is specified, the redirect port MUST be derived using the\\nfollowing rules:\\n\\n* If redirect scheme is not-empty, the redirect port MUST be the well-known\\n  port associated with the redirect scheme. Specifically \\"http\\" to port 80\\n  and \\"https\\" to port 443. If the redirect scheme does not have a\\n  well-known port, the listener port of the Gateway SHOULD be used.\\n* If redirect scheme is empty, the redirect port MUST be the Gateway\\n  Listener port.\\n\\nImplementations SHOULD NOT add the port number in the \'Location\'\\nheader in the following cases:\\n\\n* A Location header that will use HTTP (whether that is determined via\\n  the Listener protocol or the Scheme field) _and_ use port 80.\\n* A Location header that will use HTTPS (whether that is determined via\\n  the Listener protocol or the Scheme field) _and_ use port 443.\\n\\nSupport: Extended","format":"int32","maximum":65535,"minimum":1,"type":"integer"},"scheme":{"description":"Scheme is the scheme to be used in the value of the `Location` header in\\nthe response. When empty, the scheme of the request is used.\\n\\nScheme redirects can affect the port of the redirect, for more information,\\nrefer to the documentation for the port field of this filter.\\n\\nNote that values may be added to this enum, implementations\\nmust ensure that unknown values will not cause a crash.\\n\\nUnknown values here must result in the implementation setting the\\nAccepted Condition for the Route to `status: False`, with a\\nReason of `UnsupportedValue`.\\n\\nSupport: Extended","enum":["http","https"],"type":"string"},"statusCode":{"default":302,"description":"StatusCode is the HTTP status code to be used in response.\\n\\nNote that values may be added to this enum, implementations\\nmust ensure that unknown values will not cause a crash.\\n\\nUnknown values here must result in the implementation setting the\\nAccepted Condition for the Route to `status: False`, with a\\nReason of `UnsupportedValue`.\\n\\nSupport: statusCode 301 and 302 are Core; all others are Extended.","enum":[301,302,303,307,308],"type":"integer"}},"type":"object"},"responseHeaderModifier":{"description":"ResponseHeaderModifier defines a schema for a filter that modifies response\\nheaders.\\n\\nSupport: Extended","properties":{"add":{"description":"Add adds the given header(s) (name, value) to the request\\nbefore the action. It appends to any existing values associated\\nwith the header name.\\n\\nInput:\\n  GET /foo HTTP/1.1\\n  my-header: foo\\n\\nConfig:\\n  add:\\n  - name: \\"my-header\\"\\n    value: \\"bar,baz\\"\\n\\nOutput:\\n  GET /foo HTTP/1.1\\n  my-header: foo,bar,baz","items":{"description":"HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.","properties":{"name":{"description":"Name is the name of the HTTP Header to be matched. Name matching MUST be\\ncase-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).\\n\\nIf multiple entries specify equivalent header names, the first entry with\\nan equivalent name MUST be considered for a match. Subsequent entries\\nwith an equivalent header name MUST be ignored. Due to the\\ncase-insensitivity of header names, \\"foo\\" and \\"Foo\\" are considered\\nequivalent.","maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&\'*+\\\\-.^_\\\\x60|~]+$","type":"string"},"value":{"description":"Value is the value of HTTP Header to be matched.","maxLength":4096,"minLength":1,"type":"string"}},"required":["name","value"],"type":"object"},"maxItems":16,"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map"},"remove":{"description":"Remove the given header(s) from the HTTP request before the action. The\\nvalue of Remove is a list of HTTP header names. Note that the header\\nnames are case-insensitive (see\\nhttps://datatracker.ietf.org/doc/html/rfc2616#section-4.2).\\n\\nInput:\\n  GET /foo HTTP/1.1\\n  my-header1: foo\\n  my-header2: bar\\n  my-header3: baz\\n\\nConfig:\\n  remove: [\\"my-header1\\", \\"my-header3\\"]\\n\\nOutput:\\n  GET /foo HTTP/1.1\\n  my-header2: bar","items":{"type":"string"},"maxItems":16,"type":"array","x-kubernetes-list-type":"set"},"set":{"description":"Set overwrites the request with the given header (name, value)\\nbefore the action.\\n\\nInput:\\n  GET /foo HTTP/1.1\\n  my-header: foo\\n\\nConfig:\\n  set:\\n  - name: \\"my-header\\"\\n    value: \\"bar\\"\\n\\nOutput:\\n  GET /foo HTTP/1.1\\n  my-header: bar","items":{"description":"HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.","properties":{"name":{"description":"Name is the name of the HTTP Header to be matched. Name matching MUST be\\ncase-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).\\n\\nIf multiple entries specify equivalent header names, the first entry with\\nan equivalent name MUST be considered for a match. Subsequent entries\\nwith an equivalent header name MUST be ignored. Due to the\\ncase-insensitivity of header names, \\"foo\\" and \\"Foo\\" are considered\\nequivalent.","maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&\'*+\\\\-.^_\\\\x60|~]+$","type":"string"},"value":{"description":"Value is the value of HTTP Header to be matched.","maxLength":4096,"minLength":1,"type":"string"}},"required":["name","value"],"type":"object"},"maxItems":16,"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map"}},"type":"object"},"type":{"description":"Type identifies the type of filter to apply. As with other API fields,\\ntypes are classified into three conformance levels:\\n\\n- Core: Filter types and their corresponding configuration defined by\\n  \\"Support: Core\\" in this package, e.g. \\"RequestHeaderModifier\\". All\\n  implementations must support core filters.\\n\\n- Extended: Filter types and their corresponding configuration defined by\\n  \\"Support: Extended\\" in this package, e.g. \\"RequestMirror\\". Implementers\\n  are encouraged to support extended filters.\\n\\n- Implementation-specific: Filters that are defined and supported by\\n  specific vendors.\\n  In the future, filters showing convergence in behavior across multiple\\n  implementations will be considered for inclusion in extended or core\\n  conformance levels. Filter-specific configuration for such filters\\n  is specified using the ExtensionRef field. `Type` should be set to\\n  \\"ExtensionRef\\" for custom filters.\\n\\nImplementers are encouraged to define custom implementation types to\\nextend the core API with implementation-specific behavior.\\n\\nIf a reference to a custom filter type cannot be resolved, the filter\\nMUST NOT be skipped. Instead, requests that would have been processed by\\nthat filter MUST receive a HTTP error response.\\n\\nNote that values may be added to this enum, implementations\\nmust ensure that unknown values will not cause a crash.\\n\\nUnknown values here must result in the implementation setting the\\nAccepted Condition for the Route to `status: False`, with a\\nReason of `UnsupportedValue`.","enum":["RequestHeaderModifier","ResponseHeaderModifier","RequestMirror","RequestRedirect","URLRewrite","ExtensionRef","CORS"],"type":"string"},"urlRewrite":{"description":"URLRewrite defines a schema for a filter that modifies a request during forwarding.\\n\\nSupport: Extended","properties":{"hostname":{"description":"Hostname is the value to be used to replace the Host header value during\\nforwarding.\\n\\nSupport: Extended","maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"path":{"description":"Path defines a path rewrite.\\n\\nSupport: Extended","properties":{"replaceFullPath":{"description":"ReplaceFullPath specifies the value with which to replace the full path\\nof a request during a rewrite or redirect.","maxLength":1024,"type":"string"},"replacePrefixMatch":{"description":"ReplacePrefixMatch specifies the value with which to replace the prefix\\nmatch of a request during a rewrite or redirect. For example, a request\\nto \\"/foo/bar\\" with a prefix match of \\"/foo\\" and a ReplacePrefixMatch\\nof \\"/xyz\\" would be modified to \\"/xyz/bar\\".\\n\\nNote that this matches the behavior of the PathPrefix match type. This\\nmatches full path elements. A path element refers to the list of labels\\nin the path split by the `/` separator. When specified, a trailing `/` is\\nignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all\\nmatch the prefix `/abc`, but the path `/abcd` would not.\\n\\nReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.\\nUsing any other HTTPRouteMatch type on the same HTTPRouteRule will result in\\nthe implementation setting the Accepted Condition for the Route to `status: False`.\\n\\nRequest Path | Prefix Match | Replace Prefix | Modified Path","maxLength":1024,"type":"string"},"type":{"description":"Type defines the type of path modifier. Additional types may be\\nadded in a future release of the API.\\n\\nNote that values may be added to this enum, implementations\\nmust ensure that unknown values will not cause a crash.\\n\\nUnknown values here must result in the implementation setting the\\nAccepted Condition for the Route to `status: False`, with a\\nReason of `UnsupportedValue`.","enum":["ReplaceFullPath","ReplacePrefixMatch"],"type":"string"}},"required":["type"],"type":"object","x-kubernetes-validations":[{"message":"replaceFullPath must be specified when type is set to \'ReplaceFullPath\'","rule":"self.type == \'ReplaceFullPath\' ? has(self.replaceFullPath) : true"},{"message":"type must be \'ReplaceFullPath\' when replaceFullPath is set","rule":"has(self.replaceFullPath) ? self.type == \'ReplaceFullPath\' : true"},{"message":"replacePrefixMatch must be specified when type is set to \'ReplacePrefixMatch\'","rule":"self.type == \'ReplacePrefixMatch\' ? has(self.replacePrefixMatch) : true"},{"message":"type must be \'ReplacePrefixMatch\' when replacePrefixMatch is set","rule":"has(self.replacePrefixMatch) ? self.type == \'ReplacePrefixMatch\' : true"}]}},"type":"object"}},"required":["type"],"type":"object","x-kubernetes-validations":[{"message":"filter.cors must be nil if the filter.type is not CORS","rule":"!(has(self.cors) && self.type != \'CORS\')"},{"message":"filter.cors must be specified for CORS filter.type","rule":"!(!has(self.cors) && self.type == \'CORS\')"},{"message":"filter.requestHeaderModifier must be nil if the filter.type is not RequestHeaderModifier","rule":"!(has(self.requestHeaderModifier) && self.type != \'RequestHeaderModifier\')"},{"message":"filter.requestHeaderModifier must be specified for RequestHeaderModifier filter.type","rule":"!(!has(self.requestHeaderModifier) && self.type == \'RequestHeaderModifier\')"},{"message":"filter.responseHeaderModifier must be nil if the filter.type is not ResponseHeaderModifier","rule":"!(has(self.responseHeaderModifier) && self.type != \'ResponseHeaderModifier\')"},{"message":"filter.responseHeaderModifier must be specified for ResponseHeaderModifier filter.type","rule":"!(!has(self.responseHeaderModifier) && self.type == \'ResponseHeaderModifier\')"},{"message":"filter.requestMirror must be nil if the filter.type is not RequestMirror","rule":"!(has(self.requestMirror) && self.type != \'RequestMirror\')"},{"message":"filter.requestMirror must be specified for RequestMirror filter.type","rule":"!(!has(self.requestMirror) && self.type == \'RequestMirror\')"},{"message":"filter.requestRedirect must be nil if the filter.type is not RequestRedirect","rule":"!(has(self.requestRedirect) && self.type != \'RequestRedirect\')"},{"message":"filter.requestRedirect must be specified for RequestRedirect filter.type","rule":"!(!has(self.requestRedirect) && self.type == \'RequestRedirect\')"},{"message":"filter.urlRewrite must be nil if the filter.type is not URLRewrite","rule":"!(has(self.urlRewrite) && self.type != \'URLRewrite\')"},{"message":"filter.urlRewrite must be specified for URLRewrite filter.type","rule":"!(!has(self.urlRewrite) && self.type == \'URLRewrite\')"},{"message":"filter.extensionRef must be nil if the filter.type is not ExtensionRef","rule":"!(has(self.extensionRef) && self.type != \'ExtensionRef\')"},{"message":"filter.extensionRef must be specified for ExtensionRef filter.type","rule":"!(!has(self.extensionRef) && self.type == \'ExtensionRef\')"}]},"maxItems":16,"type":"array","x-kubernetes-list-type":"atomic","x-kubernetes-validations":[{"message":"May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both","rule":"!(self.exists(f, f.type == \'RequestRedirect\') && self.exists(f, f.type == \'URLRewrite\'))"},{"message":"CORS filter cannot be repeated","rule":"self.filter(f, f.type == \'CORS\').size() <= 1"},{"message":"RequestHeaderModifier filter cannot be repeated","rule":"self.filter(f, f.type == \'RequestHeaderModifier\').size() <= 1"},{"message":"ResponseHeaderModifier filter cannot be repeated","rule":"self.filter(f, f.type == \'ResponseHeaderModifier\').size() <= 1"},{"message":"RequestRedirect filter cannot be repeated","rule":"self.filter(f, f.type == \'RequestRedirect\').size() <= 1"},{"message":"URLRewrite filter cannot be repeated","rule":"self.filter(f, f.type == \'URLRewrite\').size() <= 1"}]},"matches":{"default":[{"path":{"type":"PathPrefix","value":"/"}}],"description":"Matches define conditions used for matching the rule against incoming\\nHTTP requests. Each match is independent, i.e. this rule will be matched\\nif **any** one of the matches is satisfied.\\n\\nFor example, take the following matches configuration:\\n\\n```\\nmatches:\\n- path:\\n    value: \\"/foo\\"\\n  headers:\\n  - name: \\"version\\"\\n    value: \\"v2\\"\\n- path:\\n    value: \\"/v2/foo\\"\\n```\\n\\nFor a request to match against this rule, a request must satisfy\\nEITHER of the two conditions:\\n\\n- path prefixed with `/foo` AND contains the header `version: v2`\\n- path prefix of `/v2/foo`\\n\\nSee the documentation for HTTPRouteMatch on how to specify multiple\\nmatch conditions that should be ANDed together.\\n\\nIf no matches are specified, the default is a prefix\\npath match on \\"/\\", which has the effect of matching every\\nHTTP request.\\n\\nProxy or Load Balancer routing configuration generated from HTTPRoutes\\nMUST prioritize matches based on the following criteria, continuing on\\nties. Across all rules specified on applicable Routes, precedence must be\\ngiven to the match having:\\n\\n* \\"Exact\\" path match.\\n* \\"Prefix\\" path match with largest number of characters.\\n* Method match.\\n* Largest number of header matches.\\n* Largest number of query param matches.\\n\\nNote: The precedence of RegularExpression path matches are implementation-specific.\\n\\nIf ties still exist across multiple Routes, matching precedence MUST be\\ndetermined in order of the following criteria, continuing on ties:\\n\\n* The oldest Route based on creation timestamp.\\n* The Route appearing first in alphabetical order by\\n  \\"{namespace}/{name}\\".\\n\\nIf ties still exist within an HTTPRoute, matching precedence MUST be granted\\nto the FIRST matching rule (in list order) with a match meeting the above\\ncriteria.\\n\\nWhen no rules matching a request have been successfully attached to the\\nparent a request is coming from, a HTTP 404 status code MUST be returned.","items":{"description":"HTTPRouteMatch defines the predicate used to match requests to a given\\naction. Multiple match types are ANDed together, i.e. the match will\\nevaluate to true only if all conditions are satisfied.\\n\\nFor example, the match below will match a HTTP request only if its path\\nstarts with `/foo` AND it contains the `version: v1` header:\\n\\n```\\nmatch:\\n\\n\\tpath:\\n\\t  value: \\"/foo\\"\\n\\theaders:\\n\\t- name: \\"version\\"\\n\\t  value \\"v1\\"\\n\\n```","properties":{"headers":{"description":"Headers specifies HTTP request header matchers. Multiple match values are\\nANDed together, meaning, a request must match all the specified headers\\nto select the route.","items":{"description":"HTTPHeaderMatch describes how to select a HTTP route by matching HTTP request\\nheaders.","properties":{"name":{"description":"Name is the name of the HTTP Header to be matched. Name matching MUST be\\ncase-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).\\n\\nIf multiple entries specify equivalent header names, only the first\\nentry with an equivalent name MUST be considered for a match. Subsequent\\nentries with an equivalent header name MUST be ignored. Due to the\\ncase-insensitivity of header names, \\"foo\\" and \\"Foo\\" are considered\\nequivalent.\\n\\nWhen a header is repeated in an HTTP request, it is\\nimplementation-specific behavior as to how this is represented.\\nGenerally, proxies should follow the guidance from the RFC:\\nhttps://www.rfc-editor.org/rfc/rfc7230.html#section-3.2.2 regarding\\nprocessing a repeated header, with special handling for \\"Set-Cookie\\".","maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&\'*+\\\\-.^_\\\\x60|~]+$","type":"string"},"type":{"default":"Exact","description":"Type specifies how to match against the value of the header.\\n\\nSupport: Core (Exact)\\n\\nSupport: Implementation-specific (RegularExpression)\\n\\nSince RegularExpression HeaderMatchType has implementation-specific\\nconformance, implementations can support POSIX, PCRE or any other dialects\\nof regular expressions. Please read the implementation\'s documentation to\\ndetermine the supported dialect.","enum":["Exact","RegularExpression"],"type":"string"},"value":{"description":"Value is the value of HTTP Header to be matched.","maxLength":4096,"minLength":1,"type":"string"}},"required":["name","value"],"type":"object"},"maxItems":16,"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map"},"method":{"description":"Method specifies HTTP method matcher.\\nWhen specified, this route will be matched only if the request has the\\nspecified method.\\n\\nSupport: Extended","enum":["GET","HEAD","POST","PUT","DELETE","CONNECT","OPTIONS","TRACE","PATCH"],"type":"string"},"path":{"default":{"type":"PathPrefix","value":"/"},"description":"Path specifies a HTTP request path matcher. If this field is not\\nspecified, a default prefix match on the \\"/\\" path is provided.","properties":{"type":{"default":"PathPrefix","description":"Type specifies how to match against the path Value.\\n\\nSupport: Core (Exact, PathPrefix)\\n\\nSupport: Implementation-specific (RegularExpression)","enum":["Exact","PathPrefix","RegularExpression"],"type":"string"},"value":{"default":"/","description":"Value of the HTTP path to match against.","maxLength":1024,"type":"string"}},"type":"object","x-kubernetes-validations":[{"message":"value must be an absolute path and start with \'/\' when type one of [\'Exact\', \'PathPrefix\']","rule":"(self.type in [\'Exact\',\'PathPrefix\']) ? self.value.startsWith(\'/\') : true"},{"message":"must not contain \'//\' when type one of [\'Exact\', \'PathPrefix\']","rule":"(self.type in [\'Exact\',\'PathPrefix\']) ? !self.value.contains(\'//\') : true"},{"message":"must not contain \'/./\' when type one of [\'Exact\', \'PathPrefix\']","rule":"(self.type in [\'Exact\',\'PathPrefix\']) ? !self.value.contains(\'/./\') : true"},{"message":"must not contain \'/../\' when type one of [\'Exact\', \'PathPrefix\']","rule":"(self.type in [\'Exact\',\'PathPrefix\']) ? !self.value.contains(\'/../\') : true"},{"message":"must not contain \'%2f\' when type one of [\'Exact\', \'PathPrefix\']","rule":"(self.type in [\'Exact\',\'PathPrefix\']) ? !self.value.contains(\'%2f\') : true"},{"message":"must not contain \'%2F\' when type one of [\'Exact\', \'PathPrefix\']","rule":"(self.type in [\'Exact\',\'PathPrefix\']) ? !self.value.contains(\'%2F\') : true"},{"message":"must not contain \'#\' when type one of [\'Exact\', \'PathPrefix\']","rule":"(self.type in [\'Exact\',\'PathPrefix\']) ? !self.value.contains(\'#\') : true"},{"message":"must not end with \'/..\' when type one of [\'Exact\', \'PathPrefix\']","rule":"(self.type in [\'Exact\',\'PathPrefix\']) ? !self.value.endsWith(\'/..\') : true"},{"message":"must not end with \'/.\' when type one of [\'Exact\', \'PathPrefix\']","rule":"(self.type in [\'Exact\',\'PathPrefix\']) ? !self.value.endsWith(\'/.\') : true"},{"message":"type must be one of [\'Exact\', \'PathPrefix\', \'RegularExpression\']","rule":"self.type in [\'Exact\',\'PathPrefix\'] || self.type == \'RegularExpression\'"},{"message":"must only contain valid characters (matching ^(?:[-A-Za-z0-9/._~!$&\'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types [\'Exact\', \'PathPrefix\']","rule":"(self.type in [\'Exact\',\'PathPrefix\']) ? self.value.matches(r\\"\\"\\"^(?:[-A-Za-z0-9/._~!$&\'()*+,;=:@]|[%][0-9a-fA-F]{2})+$\\"\\"\\") : true"}]},"queryParams":{"description":"QueryParams specifies HTTP query parameter matchers. Multiple match\\nvalues are ANDed together, meaning, a request must match all the\\nspecified query parameters to select the route.\\n\\nSupport: Extended","items":{"description":"HTTPQueryParamMatch describes how to select a HTTP route by matching HTTP\\nquery parameters.","properties":{"name":{"description":"Name is the name of the HTTP query param to be matched. This must be an\\nexact string match. (See\\nhttps://tools.ietf.org/html/rfc7230#section-2.7.3).\\n\\nIf multiple entries specify equivalent query param names, only the first\\nentry with an equivalent name MUST be considered for a match. Subsequent\\nentries with an equivalent query param name MUST be ignored.\\n\\nIf a query param is repeated in an HTTP request, the behavior is\\npurposely left undefined, since different data planes have different\\ncapabilities. However, it is *recommended* that implementations should\\nmatch against the first value of the param if the data plane supports it,\\nas this behavior is expected in other load balancing contexts outside of\\nthe Gateway API.\\n\\nUsers SHOULD NOT route traffic based on repeated query params to guard\\nthemselves against potential differences in the implementations.","maxLength":256,"minLength":1,"pattern":"^[A-Za-z0-9!#$%&\'*+\\\\-.^_\\\\x60|~]+$","type":"string"},"type":{"default":"Exact","description":"Type specifies how to match against the value of the query parameter.\\n\\nSupport: Extended (Exact)\\n\\nSupport: Implementation-specific (RegularExpression)\\n\\nSince RegularExpression QueryParamMatchType has Implementation-specific\\nconformance, implementations can support POSIX, PCRE or any other\\ndialects of regular expressions. Please read the implementation\'s\\ndocumentation to determine the supported dialect.","enum":["Exact","RegularExpression"],"type":"string"},"value":{"description":"Value is the value of HTTP query param to be matched.","maxLength":1024,"minLength":1,"type":"string"}},"required":["name","value"],"type":"object"},"maxItems":16,"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map"}},"type":"object"},"maxItems":64,"type":"array","x-kubernetes-list-type":"atomic"},"name":{"description":"Name is the name of the route rule. This name MUST be unique within a Route if it is set.\\n\\nSupport: Extended","maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"timeouts":{"description":"Timeouts defines the timeouts that can be configured for an HTTP request.\\n\\nSupport: Extended","properties":{"backendRequest":{"description":"BackendRequest specifies a timeout for an individual request from the gateway\\nto a backend. This covers the time from when the request first starts being\\nsent from the gateway to when the full response has been received from the backend.\\n\\nSetting a timeout to the zero duration (e.g. \\"0s\\") SHOULD disable the timeout\\ncompletely. Implementations that cannot completely disable the timeout MUST\\ninstead interpret the zero duration as the longest possible value to which\\nthe timeout can be set.\\n\\nAn entire client HTTP transaction with a gateway, covered by the Request timeout,\\nmay result in more than one call from the gateway to the destination backend,\\nfor example, if automatic retries are supported.\\n\\nThe value of BackendRequest must be a Gateway API Duration string as defined by\\nGEP-2257.  When this field is unspecified, its behavior is implementation-specific;\\nwhen specified, the value of BackendRequest must be no more than the value of the\\nRequest timeout (since the Request timeout encompasses the BackendRequest timeout).\\n\\nSupport: Extended","pattern":"^([0-9]{1,5}(h|m|s|ms)){1,4}$","type":"string"},"request":{"description":"Request specifies the maximum duration for a gateway to respond to an HTTP request.\\nIf the gateway has not been able to respond before this deadline is met, the gateway\\nMUST return a timeout error.\\n\\nFor example, setting the `rules.timeouts.request` field to the value `10s` in an\\n`HTTPRoute` will cause a timeout if a client request is taking longer than 10 seconds\\nto complete.\\n\\nSetting a timeout to the zero duration (e.g. \\"0s\\") SHOULD disable the timeout\\ncompletely. Implementations that cannot completely disable the timeout MUST\\ninstead interpret the zero duration as the longest possible value to which\\nthe timeout can be set.\\n\\nThis timeout is intended to cover as close to the whole request-response transaction\\nas possible although an implementation MAY choose to start the timeout after the entire\\nrequest stream has been received instead of immediately after the transaction is\\ninitiated by the client.\\n\\nThe value of Request is a Gateway API Duration string as defined by GEP-2257. When this\\nfield is unspecified, request timeout behavior is implementation-specific.\\n\\nSupport: Extended","pattern":"^([0-9]{1,5}(h|m|s|ms)){1,4}$","type":"string"}},"type":"object","x-kubernetes-validations":[{"message":"backendRequest timeout cannot be longer than request timeout","rule":"!(has(self.request) && has(self.backendRequest) && duration(self.request) != duration(\'0s\') && duration(self.backendRequest) > duration(self.request))"}]}},"type":"object","x-kubernetes-validations":[{"message":"RequestRedirect filter must not be used together with backendRefs","rule":"(has(self.backendRefs) && size(self.backendRefs) > 0) ? (!has(self.filters) || self.filters.all(f, !has(f.requestRedirect))): true"},{"message":"When using RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified","rule":"(has(self.filters) && self.filters.exists_one(f, has(f.requestRedirect) && has(f.requestRedirect.path) && f.requestRedirect.path.type == \'ReplacePrefixMatch\' && has(f.requestRedirect.path.replacePrefixMatch))) ? ((size(self.matches) != 1 || !has(self.matches[0].path) || self.matches[0].path.type != \'PathPrefix\') ? false : true) : true"},{"message":"When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified","rule":"(has(self.filters) && self.filters.exists_one(f, has(f.urlRewrite) && has(f.urlRewrite.path) && f.urlRewrite.path.type == \'ReplacePrefixMatch\' && has(f.urlRewrite.path.replacePrefixMatch))) ? ((size(self.matches) != 1 || !has(self.matches[0].path) || self.matches[0].path.type != \'PathPrefix\') ? false : true) : true"},{"message":"Within backendRefs, when using RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified","rule":"(has(self.backendRefs) && self.backendRefs.exists_one(b, (has(b.filters) && b.filters.exists_one(f, has(f.requestRedirect) && has(f.requestRedirect.path) && f.requestRedirect.path.type == \'ReplacePrefixMatch\' && has(f.requestRedirect.path.replacePrefixMatch))) )) ? ((size(self.matches) != 1 || !has(self.matches[0].path) || self.matches[0].path.type != \'PathPrefix\') ? false : true) : true"},{"message":"Within backendRefs, When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified","rule":"(has(self.backendRefs) && self.backendRefs.exists_one(b, (has(b.filters) && b.filters.exists_one(f, has(f.urlRewrite) && has(f.urlRewrite.path) && f.urlRewrite.path.type == \'ReplacePrefixMatch\' && has(f.urlRewrite.path.replacePrefixMatch))) )) ? ((size(self.matches) != 1 || !has(self.matches[0].path) || self.matches[0].path.type != \'PathPrefix\') ? false : true) : true"}]},"maxItems":16,"minItems":1,"type":"array","x-kubernetes-list-type":"atomic","x-kubernetes-validations":[{"message":"While 16 rules and 64 matches per rule are allowed, the total number of matches across all rules in a route must be less than 128","rule":"(self.size() > 0 ? self[0].matches.size() : 0) + (self.size() > 1 ? self[1].matches.size() : 0) + (self.size() > 2 ? self[2].matches.size() : 0) + (self.size() > 3 ? self[3].matches.size() : 0) + (self.size() > 4 ? self[4].matches.size() : 0) + (self.size() > 5 ? self[5].matches.size() : 0) + (self.size() > 6 ? self[6].matches.size() : 0) + (self.size() > 7 ? self[7].matches.size() : 0) + (self.size() > 8 ? self[8].matches.size() : 0) + (self.size() > 9 ? self[9].matches.size() : 0) + (self.size() > 10 ? self[10].matches.size() : 0) + (self.size() > 11 ? self[11].matches.size() : 0) + (self.size() > 12 ? self[12].matches.size() : 0) + (self.size() > 13 ? self[13].matches.size() : 0) + (self.size() > 14 ? self[14].matches.size() : 0) + (self.size() > 15 ? self[15].matches.size() : 0) <= 128"}]}},"type":"object"},"status":{"description":"Status defines the current state of HTTPRoute.","properties":{"parents":{"description":"Parents is a list of parent resources (usually Gateways) that are\\nassociated with the route, and the status of the route with respect to\\neach parent. When this route attaches to a parent, the controller that\\nmanages the parent must add an entry to this list when the controller\\nfirst sees the route and should update the entry as appropriate when the\\nroute or gateway is modified.\\n\\nNote that parent references that cannot be resolved by an implementation\\nof this API will not be added to this list. Implementations of this API\\ncan only populate Route status for the Gateways/parent resources they are\\nresponsible for.\\n\\nA maximum of 32 Gateways will be represented in this list. An empty list\\nmeans the route has not been attached to any Gateway.","items":{"description":"RouteParentStatus describes the status of a route with respect to an\\nassociated Parent.","properties":{"conditions":{"description":"Conditions describes the status of the route with respect to the Gateway.\\nNote that the route\'s availability is also subject to the Gateway\'s own\\nstatus conditions and listener status.\\n\\nIf the Route\'s ParentRef specifies an existing Gateway that supports\\nRoutes of this kind AND that Gateway\'s controller has sufficient access,\\nthen that Gateway\'s controller MUST set the \\"Accepted\\" condition on the\\nRoute, to indicate whether the route has been accepted or rejected by the\\nGateway, and why.\\n\\nA Route MUST be considered \\"Accepted\\" if at least one of the Route\'s\\nrules is implemented by the Gateway.\\n\\nThere are a number of cases where the \\"Accepted\\" condition may not be set\\ndue to lack of controller visibility, that includes when:\\n\\n* The Route refers to a nonexistent parent.\\n* The Route is of a type that the controller does not support.\\n* The Route is in a namespace to which the controller does not have access.","items":{"description":"Condition contains details for one aspect of the current state of this API Resource.","properties":{"lastTransitionTime":{"description":"lastTransitionTime is the last time the condition transitioned from one status to another.\\nThis should be when the underlying condition changed.  If that is not known, then using the time when the API field changed is acceptable.","format":"date-time","type":"string"},"message":{"description":"message is a human readable message indicating details about the transition.\\nThis may be an empty string.","maxLength":32768,"type":"string"},"observedGeneration":{"description":"observedGeneration represents the .metadata.generation that the condition was set based upon.\\nFor instance, if .metadata.generation is currently 12, but the .status.conditions[x].observedGeneration is 9, the condition is out of date\\nwith respect to the current state of the instance.","format":"int64","minimum":0,"type":"integer"},"reason":{"description":"reason contains a programmatic identifier indicating the reason for the condition\'s last transition.\\nProducers of specific condition types may define expected values and meanings for this field,\\nand whether the values are considered a guaranteed API.\\nThe value should be a CamelCase string.\\nThis field may not be empty.","maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"description":"status of the condition, one of True, False, Unknown.","enum":["True","False","Unknown"],"type":"string"},"type":{"description":"type of condition in CamelCase or in foo.example.com/CamelCase.","maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"maxItems":8,"minItems":1,"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"},"controllerName":{"description":"ControllerName is a domain/path string that indicates the name of the\\ncontroller that wrote this status. This corresponds with the\\ncontrollerName field on GatewayClass.\\n\\nExample: \\"example.net/gateway-controller\\".\\n\\nThe format of this field is DOMAIN \\"/\\" PATH, where DOMAIN and PATH are\\nvalid Kubernetes names\\n(https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names).\\n\\nControllers MUST populate this field when writing status. Controllers should ensure that\\nentries to status populated with their ControllerName are cleaned up when they are no\\nlonger necessary.","maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\\\/[A-Za-z0-9\\\\/\\\\-._~%!$&\'()*+,;=:]+$","type":"string"},"parentRef":{"description":"ParentRef corresponds with a ParentRef in the spec that this\\nRouteParentStatus struct describes the status of.","properties":{"group":{"default":"gateway.networking.k8s.io","description":"Group is the group of the referent.\\nWhen unspecified, \\"gateway.networking.k8s.io\\" is inferred.\\nTo set the core API group (such as for a \\"Service\\" kind referent),\\nGroup must be explicitly set to \\"\\" (empty string).\\n\\nSupport: Core","maxLength":253,"pattern":"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"},"kind":{"default":"Gateway","description":"Kind is kind of the referent.\\n\\nThere are two kinds of parent resources with \\"Core\\" support:\\n\\n* Gateway (Gateway conformance profile)\\n* Service (Mesh conformance profile, ClusterIP Services only)\\n\\nSupport for other resources is Implementation-Specific.","maxLength":63,"minLength":1,"pattern":"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$","type":"string"},"name":{"description":"Name is the name of the referent.\\n\\nSupport: Core","maxLength":253,"minLength":1,"type":"string"},"namespace":{"description":"Namespace is the namespace of the referent. When unspecified, this refers\\nto the local namespace of the Route.\\n\\nNote that there are specific rules for ParentRefs which cross namespace\\nboundaries. Cross-namespace references are only valid if they are explicitly\\nallowed by something in the namespace they are referring to. For example:\\nGateway has the AllowedRoutes field, and ReferenceGrant provides a\\ngeneric way to enable any other kind of cross-namespace reference.\\n\\nSupport: Core","maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"port":{"description":"Port is the network port this Route targets. It can be interpreted\\ndifferently based on the type of parent resource.\\n\\nWhen the parent resource is a Gateway, this targets all listeners\\nlistening on the specified port that also support this kind of Route(and\\nselect this Route). It\'s not recommended to set `Port` unless the\\nnetworking behaviors specified in a Route must apply to a specific port\\nas opposed to a listener(s) whose port(s) may be changed. When both Port\\nand SectionName are specified, the name and port of the selected listener\\nmust match both specified values.\\n\\nImplementations MAY choose to support other parent resources.\\nImplementations supporting other types of parent resources MUST clearly\\ndocument how/if Port is interpreted.\\n\\nFor the purpose of status, an attachment is considered successful as\\nlong as the parent resource accepts it partially. For example, Gateway\\nlisteners can restrict which Routes can attach to them by Route kind,\\nnamespace, or hostname. If 1 of 2 Gateway listeners accept attachment\\nfrom the referencing Route, the Route MUST be considered successfully\\nattached. If no Gateway listeners accept attachment from this Route,\\nthe Route MUST be considered detached from the Gateway.\\n\\nSupport: Extended","format":"int32","maximum":65535,"minimum":1,"type":"integer"},"sectionName":{"description":"SectionName is the name of a section within the target resource. In the\\nfollowing resources, SectionName is interpreted as the following:\\n\\n* Gateway: Listener name. When both Port (experimental) and SectionName\\nare specified, the name and port of the selected listener must match\\nboth specified values.\\n* Service: Port name. When both Port (experimental) and SectionName\\nare specified, the name and port of the selected listener must match\\nboth specified values.\\n\\nImplementations MAY choose to support attaching Routes to other resources.\\nIf that is the case, they MUST clearly document how SectionName is\\ninterpreted.\\n\\nWhen unspecified (empty string), this will reference the entire resource.\\nFor the purpose of status, an attachment is considered successful if at\\nleast one section in the parent resource accepts it. For example, Gateway\\nlisteners can restrict which Routes can attach to them by Route kind,\\nnamespace, or hostname. If 1 of 2 Gateway listeners accept attachment from\\nthe referencing Route, the Route MUST be considered successfully\\nattached. If no Gateway listeners accept attachment from this Route, the\\nRoute MUST be considered detached from the Gateway.\\n\\nSupport: Core","maxLength":253,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","type":"string"}},"required":["name"],"type":"object"}},"required":["conditions","controllerName","parentRef"],"type":"object"},"maxItems":32,"type":"array","x-kubernetes-list-type":"atomic"}},"required":["parents"],"type":"object"}},"required":["spec"],"type":"object"}}');
;// CONCATENATED MODULE: ./lib/sim/openapi/kubernetes-1.36.json
const kubernetes_1_36_namespaceObject = /*#__PURE__*/JSON.parse('{"swagger":"2.0","info":{"title":"Kubernetes","version":"v1.36.0","x-origin":"trimmed from kubernetes-1.36-openapi.json (official Kubernetes 1.36 api/openapi-spec/swagger.json): only the definitions and paths reachable from the kinds src/sim serves"},"paths":{"/api/v1/configmaps":{"get":{"consumes":["*/*"],"description":"list or watch objects of kind ConfigMap","operationId":"listCoreV1ConfigMapForAllNamespaces","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor","application/json;stream=watch","application/vnd.kubernetes.protobuf;stream=watch","application/cbor-seq"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.ConfigMapList"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"list","x-kubernetes-group-version-kind":{"group":"","kind":"ConfigMap","version":"v1"}},"parameters":[{"$ref":"#/parameters/allowWatchBookmarks-HC2hJt-J"},{"$ref":"#/parameters/continue-QfD61s0i"},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/pretty-tJGM1-ng"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"},{"$ref":"#/parameters/watch-XNNPZGbK"}]},"/api/v1/events":{"get":{"consumes":["*/*"],"description":"list or watch objects of kind Event","operationId":"listCoreV1EventForAllNamespaces","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor","application/json;stream=watch","application/vnd.kubernetes.protobuf;stream=watch","application/cbor-seq"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.EventList"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"list","x-kubernetes-group-version-kind":{"group":"","kind":"Event","version":"v1"}},"parameters":[{"$ref":"#/parameters/allowWatchBookmarks-HC2hJt-J"},{"$ref":"#/parameters/continue-QfD61s0i"},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/pretty-tJGM1-ng"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"},{"$ref":"#/parameters/watch-XNNPZGbK"}]},"/api/v1/namespaces":{"get":{"consumes":["*/*"],"description":"list or watch objects of kind Namespace","operationId":"listCoreV1Namespace","parameters":[{"$ref":"#/parameters/allowWatchBookmarks-HC2hJt-J"},{"$ref":"#/parameters/continue-QfD61s0i"},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"},{"$ref":"#/parameters/watch-XNNPZGbK"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor","application/json;stream=watch","application/vnd.kubernetes.protobuf;stream=watch","application/cbor-seq"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.NamespaceList"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"list","x-kubernetes-group-version-kind":{"group":"","kind":"Namespace","version":"v1"}},"parameters":[{"$ref":"#/parameters/pretty-tJGM1-ng"}],"post":{"consumes":["*/*"],"description":"create a Namespace","operationId":"createCoreV1Namespace","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Namespace"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Namespace"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Namespace"}},"202":{"description":"Accepted","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Namespace"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"post","x-kubernetes-group-version-kind":{"group":"","kind":"Namespace","version":"v1"}}},"/api/v1/namespaces/{namespace}/configmaps":{"delete":{"consumes":["*/*"],"description":"delete collection of ConfigMap","operationId":"deleteCoreV1CollectionNamespacedConfigMap","parameters":[{"$ref":"#/parameters/body-2Y1dVQaQ"},{"$ref":"#/parameters/continue-QfD61s0i"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/gracePeriodSeconds--K5HaBOS"},{"$ref":"#/parameters/ignoreStoreReadErrorWithClusterBreakingPotential-QbNkfIqj"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/orphanDependents-uRB25kX5"},{"$ref":"#/parameters/propagationPolicy-6jk3prlO"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"deletecollection","x-kubernetes-group-version-kind":{"group":"","kind":"ConfigMap","version":"v1"}},"get":{"consumes":["*/*"],"description":"list or watch objects of kind ConfigMap","operationId":"listCoreV1NamespacedConfigMap","parameters":[{"$ref":"#/parameters/allowWatchBookmarks-HC2hJt-J"},{"$ref":"#/parameters/continue-QfD61s0i"},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"},{"$ref":"#/parameters/watch-XNNPZGbK"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor","application/json;stream=watch","application/vnd.kubernetes.protobuf;stream=watch","application/cbor-seq"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.ConfigMapList"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"list","x-kubernetes-group-version-kind":{"group":"","kind":"ConfigMap","version":"v1"}},"parameters":[{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"post":{"consumes":["*/*"],"description":"create a ConfigMap","operationId":"createCoreV1NamespacedConfigMap","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.core.v1.ConfigMap"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.ConfigMap"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.ConfigMap"}},"202":{"description":"Accepted","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.ConfigMap"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"post","x-kubernetes-group-version-kind":{"group":"","kind":"ConfigMap","version":"v1"}}},"/api/v1/namespaces/{namespace}/configmaps/{name}":{"delete":{"consumes":["*/*"],"description":"delete a ConfigMap","operationId":"deleteCoreV1NamespacedConfigMap","parameters":[{"$ref":"#/parameters/body-2Y1dVQaQ"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/gracePeriodSeconds--K5HaBOS"},{"$ref":"#/parameters/ignoreStoreReadErrorWithClusterBreakingPotential-QbNkfIqj"},{"$ref":"#/parameters/orphanDependents-uRB25kX5"},{"$ref":"#/parameters/propagationPolicy-6jk3prlO"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"202":{"description":"Accepted","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"delete","x-kubernetes-group-version-kind":{"group":"","kind":"ConfigMap","version":"v1"}},"get":{"consumes":["*/*"],"description":"read the specified ConfigMap","operationId":"readCoreV1NamespacedConfigMap","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.ConfigMap"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"get","x-kubernetes-group-version-kind":{"group":"","kind":"ConfigMap","version":"v1"}},"parameters":[{"description":"name of the ConfigMap","in":"path","name":"name","required":true,"type":"string","uniqueItems":true},{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"patch":{"consumes":["application/json-patch+json","application/merge-patch+json","application/strategic-merge-patch+json","application/apply-patch+yaml","application/apply-patch+cbor"],"description":"partially update the specified ConfigMap","operationId":"patchCoreV1NamespacedConfigMap","parameters":[{"$ref":"#/parameters/body-78PwaGsr"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-7c6nTn1T"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true},{"$ref":"#/parameters/force-tOGGb0Yi"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.ConfigMap"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.ConfigMap"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"patch","x-kubernetes-group-version-kind":{"group":"","kind":"ConfigMap","version":"v1"}},"put":{"consumes":["*/*"],"description":"replace the specified ConfigMap","operationId":"replaceCoreV1NamespacedConfigMap","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.core.v1.ConfigMap"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.ConfigMap"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.ConfigMap"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"put","x-kubernetes-group-version-kind":{"group":"","kind":"ConfigMap","version":"v1"}}},"/api/v1/namespaces/{namespace}/events":{"delete":{"consumes":["*/*"],"description":"delete collection of Event","operationId":"deleteCoreV1CollectionNamespacedEvent","parameters":[{"$ref":"#/parameters/body-2Y1dVQaQ"},{"$ref":"#/parameters/continue-QfD61s0i"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/gracePeriodSeconds--K5HaBOS"},{"$ref":"#/parameters/ignoreStoreReadErrorWithClusterBreakingPotential-QbNkfIqj"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/orphanDependents-uRB25kX5"},{"$ref":"#/parameters/propagationPolicy-6jk3prlO"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"deletecollection","x-kubernetes-group-version-kind":{"group":"","kind":"Event","version":"v1"}},"get":{"consumes":["*/*"],"description":"list or watch objects of kind Event","operationId":"listCoreV1NamespacedEvent","parameters":[{"$ref":"#/parameters/allowWatchBookmarks-HC2hJt-J"},{"$ref":"#/parameters/continue-QfD61s0i"},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"},{"$ref":"#/parameters/watch-XNNPZGbK"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor","application/json;stream=watch","application/vnd.kubernetes.protobuf;stream=watch","application/cbor-seq"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.EventList"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"list","x-kubernetes-group-version-kind":{"group":"","kind":"Event","version":"v1"}},"parameters":[{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"post":{"consumes":["*/*"],"description":"create an Event","operationId":"createCoreV1NamespacedEvent","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Event"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Event"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Event"}},"202":{"description":"Accepted","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Event"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"post","x-kubernetes-group-version-kind":{"group":"","kind":"Event","version":"v1"}}},"/api/v1/namespaces/{namespace}/events/{name}":{"delete":{"consumes":["*/*"],"description":"delete an Event","operationId":"deleteCoreV1NamespacedEvent","parameters":[{"$ref":"#/parameters/body-2Y1dVQaQ"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/gracePeriodSeconds--K5HaBOS"},{"$ref":"#/parameters/ignoreStoreReadErrorWithClusterBreakingPotential-QbNkfIqj"},{"$ref":"#/parameters/orphanDependents-uRB25kX5"},{"$ref":"#/parameters/propagationPolicy-6jk3prlO"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"202":{"description":"Accepted","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"delete","x-kubernetes-group-version-kind":{"group":"","kind":"Event","version":"v1"}},"get":{"consumes":["*/*"],"description":"read the specified Event","operationId":"readCoreV1NamespacedEvent","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Event"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"get","x-kubernetes-group-version-kind":{"group":"","kind":"Event","version":"v1"}},"parameters":[{"description":"name of the Event","in":"path","name":"name","required":true,"type":"string","uniqueItems":true},{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"patch":{"consumes":["application/json-patch+json","application/merge-patch+json","application/strategic-merge-patch+json","application/apply-patch+yaml","application/apply-patch+cbor"],"description":"partially update the specified Event","operationId":"patchCoreV1NamespacedEvent","parameters":[{"$ref":"#/parameters/body-78PwaGsr"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-7c6nTn1T"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true},{"$ref":"#/parameters/force-tOGGb0Yi"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Event"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Event"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"patch","x-kubernetes-group-version-kind":{"group":"","kind":"Event","version":"v1"}},"put":{"consumes":["*/*"],"description":"replace the specified Event","operationId":"replaceCoreV1NamespacedEvent","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Event"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Event"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Event"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"put","x-kubernetes-group-version-kind":{"group":"","kind":"Event","version":"v1"}}},"/api/v1/namespaces/{namespace}/pods":{"delete":{"consumes":["*/*"],"description":"delete collection of Pod","operationId":"deleteCoreV1CollectionNamespacedPod","parameters":[{"$ref":"#/parameters/body-2Y1dVQaQ"},{"$ref":"#/parameters/continue-QfD61s0i"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/gracePeriodSeconds--K5HaBOS"},{"$ref":"#/parameters/ignoreStoreReadErrorWithClusterBreakingPotential-QbNkfIqj"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/orphanDependents-uRB25kX5"},{"$ref":"#/parameters/propagationPolicy-6jk3prlO"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"deletecollection","x-kubernetes-group-version-kind":{"group":"","kind":"Pod","version":"v1"}},"get":{"consumes":["*/*"],"description":"list or watch objects of kind Pod","operationId":"listCoreV1NamespacedPod","parameters":[{"$ref":"#/parameters/allowWatchBookmarks-HC2hJt-J"},{"$ref":"#/parameters/continue-QfD61s0i"},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"},{"$ref":"#/parameters/watch-XNNPZGbK"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor","application/json;stream=watch","application/vnd.kubernetes.protobuf;stream=watch","application/cbor-seq"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.PodList"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"list","x-kubernetes-group-version-kind":{"group":"","kind":"Pod","version":"v1"}},"parameters":[{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"post":{"consumes":["*/*"],"description":"create a Pod","operationId":"createCoreV1NamespacedPod","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Pod"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Pod"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Pod"}},"202":{"description":"Accepted","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Pod"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"post","x-kubernetes-group-version-kind":{"group":"","kind":"Pod","version":"v1"}}},"/api/v1/namespaces/{namespace}/pods/{name}":{"delete":{"consumes":["*/*"],"description":"delete a Pod","operationId":"deleteCoreV1NamespacedPod","parameters":[{"$ref":"#/parameters/body-2Y1dVQaQ"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/gracePeriodSeconds--K5HaBOS"},{"$ref":"#/parameters/ignoreStoreReadErrorWithClusterBreakingPotential-QbNkfIqj"},{"$ref":"#/parameters/orphanDependents-uRB25kX5"},{"$ref":"#/parameters/propagationPolicy-6jk3prlO"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Pod"}},"202":{"description":"Accepted","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Pod"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"delete","x-kubernetes-group-version-kind":{"group":"","kind":"Pod","version":"v1"}},"get":{"consumes":["*/*"],"description":"read the specified Pod","operationId":"readCoreV1NamespacedPod","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Pod"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"get","x-kubernetes-group-version-kind":{"group":"","kind":"Pod","version":"v1"}},"parameters":[{"description":"name of the Pod","in":"path","name":"name","required":true,"type":"string","uniqueItems":true},{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"patch":{"consumes":["application/json-patch+json","application/merge-patch+json","application/strategic-merge-patch+json","application/apply-patch+yaml","application/apply-patch+cbor"],"description":"partially update the specified Pod","operationId":"patchCoreV1NamespacedPod","parameters":[{"$ref":"#/parameters/body-78PwaGsr"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-7c6nTn1T"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true},{"$ref":"#/parameters/force-tOGGb0Yi"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Pod"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Pod"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"patch","x-kubernetes-group-version-kind":{"group":"","kind":"Pod","version":"v1"}},"put":{"consumes":["*/*"],"description":"replace the specified Pod","operationId":"replaceCoreV1NamespacedPod","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Pod"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Pod"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Pod"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"put","x-kubernetes-group-version-kind":{"group":"","kind":"Pod","version":"v1"}}},"/api/v1/namespaces/{namespace}/pods/{name}/log":{"get":{"consumes":["*/*"],"description":"read log of the specified Pod","operationId":"readCoreV1NamespacedPodLog","produces":["text/plain","application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"type":"string"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"get","x-kubernetes-group-version-kind":{"group":"","kind":"Pod","version":"v1"}},"parameters":[{"$ref":"#/parameters/container-1GeXxFDC"},{"$ref":"#/parameters/follow-9OIXh_2R"},{"$ref":"#/parameters/insecureSkipTLSVerifyBackend-gM00jVbe"},{"$ref":"#/parameters/limitBytes-zwd1RXuc"},{"description":"name of the Pod","in":"path","name":"name","required":true,"type":"string","uniqueItems":true},{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"},{"$ref":"#/parameters/previous-1jxDPu3y"},{"$ref":"#/parameters/sinceSeconds-vE2NLdnP"},{"$ref":"#/parameters/stream-l-48cgXv"},{"$ref":"#/parameters/tailLines-9xQLWHMV"},{"$ref":"#/parameters/timestamps-c17fW1w_"}]},"/api/v1/namespaces/{namespace}/pods/{name}/status":{"get":{"consumes":["*/*"],"description":"read status of the specified Pod","operationId":"readCoreV1NamespacedPodStatus","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Pod"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"get","x-kubernetes-group-version-kind":{"group":"","kind":"Pod","version":"v1"}},"parameters":[{"description":"name of the Pod","in":"path","name":"name","required":true,"type":"string","uniqueItems":true},{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"patch":{"consumes":["application/json-patch+json","application/merge-patch+json","application/strategic-merge-patch+json","application/apply-patch+yaml","application/apply-patch+cbor"],"description":"partially update status of the specified Pod","operationId":"patchCoreV1NamespacedPodStatus","parameters":[{"$ref":"#/parameters/body-78PwaGsr"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-7c6nTn1T"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true},{"$ref":"#/parameters/force-tOGGb0Yi"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Pod"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Pod"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"patch","x-kubernetes-group-version-kind":{"group":"","kind":"Pod","version":"v1"}},"put":{"consumes":["*/*"],"description":"replace status of the specified Pod","operationId":"replaceCoreV1NamespacedPodStatus","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Pod"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Pod"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Pod"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"put","x-kubernetes-group-version-kind":{"group":"","kind":"Pod","version":"v1"}}},"/api/v1/namespaces/{namespace}/replicationcontrollers/{name}/scale":{"get":{"consumes":["*/*"],"description":"read scale of the specified ReplicationController","operationId":"readCoreV1NamespacedReplicationControllerScale","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"get","x-kubernetes-group-version-kind":{"group":"autoscaling","kind":"Scale","version":"v1"}},"parameters":[{"description":"name of the Scale","in":"path","name":"name","required":true,"type":"string","uniqueItems":true},{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"patch":{"consumes":["application/json-patch+json","application/merge-patch+json","application/strategic-merge-patch+json","application/apply-patch+yaml","application/apply-patch+cbor"],"description":"partially update scale of the specified ReplicationController","operationId":"patchCoreV1NamespacedReplicationControllerScale","parameters":[{"$ref":"#/parameters/body-78PwaGsr"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-7c6nTn1T"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true},{"$ref":"#/parameters/force-tOGGb0Yi"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"patch","x-kubernetes-group-version-kind":{"group":"autoscaling","kind":"Scale","version":"v1"}},"put":{"consumes":["*/*"],"description":"replace scale of the specified ReplicationController","operationId":"replaceCoreV1NamespacedReplicationControllerScale","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"put","x-kubernetes-group-version-kind":{"group":"autoscaling","kind":"Scale","version":"v1"}}},"/api/v1/namespaces/{namespace}/services":{"delete":{"consumes":["*/*"],"description":"delete collection of Service","operationId":"deleteCoreV1CollectionNamespacedService","parameters":[{"$ref":"#/parameters/body-2Y1dVQaQ"},{"$ref":"#/parameters/continue-QfD61s0i"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/gracePeriodSeconds--K5HaBOS"},{"$ref":"#/parameters/ignoreStoreReadErrorWithClusterBreakingPotential-QbNkfIqj"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/orphanDependents-uRB25kX5"},{"$ref":"#/parameters/propagationPolicy-6jk3prlO"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"deletecollection","x-kubernetes-group-version-kind":{"group":"","kind":"Service","version":"v1"}},"get":{"consumes":["*/*"],"description":"list or watch objects of kind Service","operationId":"listCoreV1NamespacedService","parameters":[{"$ref":"#/parameters/allowWatchBookmarks-HC2hJt-J"},{"$ref":"#/parameters/continue-QfD61s0i"},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"},{"$ref":"#/parameters/watch-XNNPZGbK"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor","application/json;stream=watch","application/vnd.kubernetes.protobuf;stream=watch","application/cbor-seq"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.ServiceList"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"list","x-kubernetes-group-version-kind":{"group":"","kind":"Service","version":"v1"}},"parameters":[{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"post":{"consumes":["*/*"],"description":"create a Service","operationId":"createCoreV1NamespacedService","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Service"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Service"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Service"}},"202":{"description":"Accepted","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Service"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"post","x-kubernetes-group-version-kind":{"group":"","kind":"Service","version":"v1"}}},"/api/v1/namespaces/{namespace}/services/{name}":{"delete":{"consumes":["*/*"],"description":"delete a Service","operationId":"deleteCoreV1NamespacedService","parameters":[{"$ref":"#/parameters/body-2Y1dVQaQ"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/gracePeriodSeconds--K5HaBOS"},{"$ref":"#/parameters/ignoreStoreReadErrorWithClusterBreakingPotential-QbNkfIqj"},{"$ref":"#/parameters/orphanDependents-uRB25kX5"},{"$ref":"#/parameters/propagationPolicy-6jk3prlO"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Service"}},"202":{"description":"Accepted","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Service"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"delete","x-kubernetes-group-version-kind":{"group":"","kind":"Service","version":"v1"}},"get":{"consumes":["*/*"],"description":"read the specified Service","operationId":"readCoreV1NamespacedService","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Service"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"get","x-kubernetes-group-version-kind":{"group":"","kind":"Service","version":"v1"}},"parameters":[{"description":"name of the Service","in":"path","name":"name","required":true,"type":"string","uniqueItems":true},{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"patch":{"consumes":["application/json-patch+json","application/merge-patch+json","application/strategic-merge-patch+json","application/apply-patch+yaml","application/apply-patch+cbor"],"description":"partially update the specified Service","operationId":"patchCoreV1NamespacedService","parameters":[{"$ref":"#/parameters/body-78PwaGsr"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-7c6nTn1T"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true},{"$ref":"#/parameters/force-tOGGb0Yi"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Service"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Service"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"patch","x-kubernetes-group-version-kind":{"group":"","kind":"Service","version":"v1"}},"put":{"consumes":["*/*"],"description":"replace the specified Service","operationId":"replaceCoreV1NamespacedService","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Service"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Service"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Service"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"put","x-kubernetes-group-version-kind":{"group":"","kind":"Service","version":"v1"}}},"/api/v1/namespaces/{namespace}/services/{name}/status":{"get":{"consumes":["*/*"],"description":"read status of the specified Service","operationId":"readCoreV1NamespacedServiceStatus","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Service"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"get","x-kubernetes-group-version-kind":{"group":"","kind":"Service","version":"v1"}},"parameters":[{"description":"name of the Service","in":"path","name":"name","required":true,"type":"string","uniqueItems":true},{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"patch":{"consumes":["application/json-patch+json","application/merge-patch+json","application/strategic-merge-patch+json","application/apply-patch+yaml","application/apply-patch+cbor"],"description":"partially update status of the specified Service","operationId":"patchCoreV1NamespacedServiceStatus","parameters":[{"$ref":"#/parameters/body-78PwaGsr"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-7c6nTn1T"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true},{"$ref":"#/parameters/force-tOGGb0Yi"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Service"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Service"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"patch","x-kubernetes-group-version-kind":{"group":"","kind":"Service","version":"v1"}},"put":{"consumes":["*/*"],"description":"replace status of the specified Service","operationId":"replaceCoreV1NamespacedServiceStatus","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Service"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Service"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Service"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"put","x-kubernetes-group-version-kind":{"group":"","kind":"Service","version":"v1"}}},"/api/v1/namespaces/{name}":{"delete":{"consumes":["*/*"],"description":"delete a Namespace","operationId":"deleteCoreV1Namespace","parameters":[{"$ref":"#/parameters/body-2Y1dVQaQ"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/gracePeriodSeconds--K5HaBOS"},{"$ref":"#/parameters/ignoreStoreReadErrorWithClusterBreakingPotential-QbNkfIqj"},{"$ref":"#/parameters/orphanDependents-uRB25kX5"},{"$ref":"#/parameters/propagationPolicy-6jk3prlO"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"202":{"description":"Accepted","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"delete","x-kubernetes-group-version-kind":{"group":"","kind":"Namespace","version":"v1"}},"get":{"consumes":["*/*"],"description":"read the specified Namespace","operationId":"readCoreV1Namespace","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Namespace"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"get","x-kubernetes-group-version-kind":{"group":"","kind":"Namespace","version":"v1"}},"parameters":[{"description":"name of the Namespace","in":"path","name":"name","required":true,"type":"string","uniqueItems":true},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"patch":{"consumes":["application/json-patch+json","application/merge-patch+json","application/strategic-merge-patch+json","application/apply-patch+yaml","application/apply-patch+cbor"],"description":"partially update the specified Namespace","operationId":"patchCoreV1Namespace","parameters":[{"$ref":"#/parameters/body-78PwaGsr"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-7c6nTn1T"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true},{"$ref":"#/parameters/force-tOGGb0Yi"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Namespace"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Namespace"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"patch","x-kubernetes-group-version-kind":{"group":"","kind":"Namespace","version":"v1"}},"put":{"consumes":["*/*"],"description":"replace the specified Namespace","operationId":"replaceCoreV1Namespace","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Namespace"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Namespace"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Namespace"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"put","x-kubernetes-group-version-kind":{"group":"","kind":"Namespace","version":"v1"}}},"/api/v1/namespaces/{name}/status":{"get":{"consumes":["*/*"],"description":"read status of the specified Namespace","operationId":"readCoreV1NamespaceStatus","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Namespace"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"get","x-kubernetes-group-version-kind":{"group":"","kind":"Namespace","version":"v1"}},"parameters":[{"description":"name of the Namespace","in":"path","name":"name","required":true,"type":"string","uniqueItems":true},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"patch":{"consumes":["application/json-patch+json","application/merge-patch+json","application/strategic-merge-patch+json","application/apply-patch+yaml","application/apply-patch+cbor"],"description":"partially update status of the specified Namespace","operationId":"patchCoreV1NamespaceStatus","parameters":[{"$ref":"#/parameters/body-78PwaGsr"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-7c6nTn1T"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true},{"$ref":"#/parameters/force-tOGGb0Yi"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Namespace"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Namespace"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"patch","x-kubernetes-group-version-kind":{"group":"","kind":"Namespace","version":"v1"}},"put":{"consumes":["*/*"],"description":"replace status of the specified Namespace","operationId":"replaceCoreV1NamespaceStatus","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Namespace"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Namespace"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Namespace"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"put","x-kubernetes-group-version-kind":{"group":"","kind":"Namespace","version":"v1"}}},"/api/v1/nodes":{"delete":{"consumes":["*/*"],"description":"delete collection of Node","operationId":"deleteCoreV1CollectionNode","parameters":[{"$ref":"#/parameters/body-2Y1dVQaQ"},{"$ref":"#/parameters/continue-QfD61s0i"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/gracePeriodSeconds--K5HaBOS"},{"$ref":"#/parameters/ignoreStoreReadErrorWithClusterBreakingPotential-QbNkfIqj"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/orphanDependents-uRB25kX5"},{"$ref":"#/parameters/propagationPolicy-6jk3prlO"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"deletecollection","x-kubernetes-group-version-kind":{"group":"","kind":"Node","version":"v1"}},"get":{"consumes":["*/*"],"description":"list or watch objects of kind Node","operationId":"listCoreV1Node","parameters":[{"$ref":"#/parameters/allowWatchBookmarks-HC2hJt-J"},{"$ref":"#/parameters/continue-QfD61s0i"},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"},{"$ref":"#/parameters/watch-XNNPZGbK"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor","application/json;stream=watch","application/vnd.kubernetes.protobuf;stream=watch","application/cbor-seq"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeList"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"list","x-kubernetes-group-version-kind":{"group":"","kind":"Node","version":"v1"}},"parameters":[{"$ref":"#/parameters/pretty-tJGM1-ng"}],"post":{"consumes":["*/*"],"description":"create a Node","operationId":"createCoreV1Node","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Node"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Node"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Node"}},"202":{"description":"Accepted","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Node"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"post","x-kubernetes-group-version-kind":{"group":"","kind":"Node","version":"v1"}}},"/api/v1/nodes/{name}":{"delete":{"consumes":["*/*"],"description":"delete a Node","operationId":"deleteCoreV1Node","parameters":[{"$ref":"#/parameters/body-2Y1dVQaQ"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/gracePeriodSeconds--K5HaBOS"},{"$ref":"#/parameters/ignoreStoreReadErrorWithClusterBreakingPotential-QbNkfIqj"},{"$ref":"#/parameters/orphanDependents-uRB25kX5"},{"$ref":"#/parameters/propagationPolicy-6jk3prlO"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"202":{"description":"Accepted","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"delete","x-kubernetes-group-version-kind":{"group":"","kind":"Node","version":"v1"}},"get":{"consumes":["*/*"],"description":"read the specified Node","operationId":"readCoreV1Node","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Node"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"get","x-kubernetes-group-version-kind":{"group":"","kind":"Node","version":"v1"}},"parameters":[{"description":"name of the Node","in":"path","name":"name","required":true,"type":"string","uniqueItems":true},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"patch":{"consumes":["application/json-patch+json","application/merge-patch+json","application/strategic-merge-patch+json","application/apply-patch+yaml","application/apply-patch+cbor"],"description":"partially update the specified Node","operationId":"patchCoreV1Node","parameters":[{"$ref":"#/parameters/body-78PwaGsr"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-7c6nTn1T"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true},{"$ref":"#/parameters/force-tOGGb0Yi"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Node"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Node"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"patch","x-kubernetes-group-version-kind":{"group":"","kind":"Node","version":"v1"}},"put":{"consumes":["*/*"],"description":"replace the specified Node","operationId":"replaceCoreV1Node","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Node"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Node"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Node"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"put","x-kubernetes-group-version-kind":{"group":"","kind":"Node","version":"v1"}}},"/api/v1/nodes/{name}/status":{"get":{"consumes":["*/*"],"description":"read status of the specified Node","operationId":"readCoreV1NodeStatus","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Node"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"get","x-kubernetes-group-version-kind":{"group":"","kind":"Node","version":"v1"}},"parameters":[{"description":"name of the Node","in":"path","name":"name","required":true,"type":"string","uniqueItems":true},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"patch":{"consumes":["application/json-patch+json","application/merge-patch+json","application/strategic-merge-patch+json","application/apply-patch+yaml","application/apply-patch+cbor"],"description":"partially update status of the specified Node","operationId":"patchCoreV1NodeStatus","parameters":[{"$ref":"#/parameters/body-78PwaGsr"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-7c6nTn1T"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true},{"$ref":"#/parameters/force-tOGGb0Yi"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Node"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Node"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"patch","x-kubernetes-group-version-kind":{"group":"","kind":"Node","version":"v1"}},"put":{"consumes":["*/*"],"description":"replace status of the specified Node","operationId":"replaceCoreV1NodeStatus","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Node"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Node"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Node"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"put","x-kubernetes-group-version-kind":{"group":"","kind":"Node","version":"v1"}}},"/api/v1/pods":{"get":{"consumes":["*/*"],"description":"list or watch objects of kind Pod","operationId":"listCoreV1PodForAllNamespaces","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor","application/json;stream=watch","application/vnd.kubernetes.protobuf;stream=watch","application/cbor-seq"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.PodList"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"list","x-kubernetes-group-version-kind":{"group":"","kind":"Pod","version":"v1"}},"parameters":[{"$ref":"#/parameters/allowWatchBookmarks-HC2hJt-J"},{"$ref":"#/parameters/continue-QfD61s0i"},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/pretty-tJGM1-ng"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"},{"$ref":"#/parameters/watch-XNNPZGbK"}]},"/api/v1/services":{"get":{"consumes":["*/*"],"description":"list or watch objects of kind Service","operationId":"listCoreV1ServiceForAllNamespaces","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor","application/json;stream=watch","application/vnd.kubernetes.protobuf;stream=watch","application/cbor-seq"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.ServiceList"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["core_v1"],"x-kubernetes-action":"list","x-kubernetes-group-version-kind":{"group":"","kind":"Service","version":"v1"}},"parameters":[{"$ref":"#/parameters/allowWatchBookmarks-HC2hJt-J"},{"$ref":"#/parameters/continue-QfD61s0i"},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/pretty-tJGM1-ng"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"},{"$ref":"#/parameters/watch-XNNPZGbK"}]},"/apis/apps/v1/deployments":{"get":{"consumes":["*/*"],"description":"list or watch objects of kind Deployment","operationId":"listAppsV1DeploymentForAllNamespaces","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor","application/json;stream=watch","application/vnd.kubernetes.protobuf;stream=watch","application/cbor-seq"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.DeploymentList"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"list","x-kubernetes-group-version-kind":{"group":"apps","kind":"Deployment","version":"v1"}},"parameters":[{"$ref":"#/parameters/allowWatchBookmarks-HC2hJt-J"},{"$ref":"#/parameters/continue-QfD61s0i"},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/pretty-tJGM1-ng"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"},{"$ref":"#/parameters/watch-XNNPZGbK"}]},"/apis/apps/v1/namespaces/{namespace}/deployments":{"delete":{"consumes":["*/*"],"description":"delete collection of Deployment","operationId":"deleteAppsV1CollectionNamespacedDeployment","parameters":[{"$ref":"#/parameters/body-2Y1dVQaQ"},{"$ref":"#/parameters/continue-QfD61s0i"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/gracePeriodSeconds--K5HaBOS"},{"$ref":"#/parameters/ignoreStoreReadErrorWithClusterBreakingPotential-QbNkfIqj"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/orphanDependents-uRB25kX5"},{"$ref":"#/parameters/propagationPolicy-6jk3prlO"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"deletecollection","x-kubernetes-group-version-kind":{"group":"apps","kind":"Deployment","version":"v1"}},"get":{"consumes":["*/*"],"description":"list or watch objects of kind Deployment","operationId":"listAppsV1NamespacedDeployment","parameters":[{"$ref":"#/parameters/allowWatchBookmarks-HC2hJt-J"},{"$ref":"#/parameters/continue-QfD61s0i"},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"},{"$ref":"#/parameters/watch-XNNPZGbK"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor","application/json;stream=watch","application/vnd.kubernetes.protobuf;stream=watch","application/cbor-seq"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.DeploymentList"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"list","x-kubernetes-group-version-kind":{"group":"apps","kind":"Deployment","version":"v1"}},"parameters":[{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"post":{"consumes":["*/*"],"description":"create a Deployment","operationId":"createAppsV1NamespacedDeployment","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.Deployment"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.Deployment"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.Deployment"}},"202":{"description":"Accepted","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.Deployment"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"post","x-kubernetes-group-version-kind":{"group":"apps","kind":"Deployment","version":"v1"}}},"/apis/apps/v1/namespaces/{namespace}/deployments/{name}":{"delete":{"consumes":["*/*"],"description":"delete a Deployment","operationId":"deleteAppsV1NamespacedDeployment","parameters":[{"$ref":"#/parameters/body-2Y1dVQaQ"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/gracePeriodSeconds--K5HaBOS"},{"$ref":"#/parameters/ignoreStoreReadErrorWithClusterBreakingPotential-QbNkfIqj"},{"$ref":"#/parameters/orphanDependents-uRB25kX5"},{"$ref":"#/parameters/propagationPolicy-6jk3prlO"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"202":{"description":"Accepted","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"delete","x-kubernetes-group-version-kind":{"group":"apps","kind":"Deployment","version":"v1"}},"get":{"consumes":["*/*"],"description":"read the specified Deployment","operationId":"readAppsV1NamespacedDeployment","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.Deployment"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"get","x-kubernetes-group-version-kind":{"group":"apps","kind":"Deployment","version":"v1"}},"parameters":[{"description":"name of the Deployment","in":"path","name":"name","required":true,"type":"string","uniqueItems":true},{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"patch":{"consumes":["application/json-patch+json","application/merge-patch+json","application/strategic-merge-patch+json","application/apply-patch+yaml","application/apply-patch+cbor"],"description":"partially update the specified Deployment","operationId":"patchAppsV1NamespacedDeployment","parameters":[{"$ref":"#/parameters/body-78PwaGsr"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-7c6nTn1T"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true},{"$ref":"#/parameters/force-tOGGb0Yi"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.Deployment"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.Deployment"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"patch","x-kubernetes-group-version-kind":{"group":"apps","kind":"Deployment","version":"v1"}},"put":{"consumes":["*/*"],"description":"replace the specified Deployment","operationId":"replaceAppsV1NamespacedDeployment","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.Deployment"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.Deployment"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.Deployment"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"put","x-kubernetes-group-version-kind":{"group":"apps","kind":"Deployment","version":"v1"}}},"/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale":{"get":{"consumes":["*/*"],"description":"read scale of the specified Deployment","operationId":"readAppsV1NamespacedDeploymentScale","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"get","x-kubernetes-group-version-kind":{"group":"autoscaling","kind":"Scale","version":"v1"}},"parameters":[{"description":"name of the Scale","in":"path","name":"name","required":true,"type":"string","uniqueItems":true},{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"patch":{"consumes":["application/json-patch+json","application/merge-patch+json","application/strategic-merge-patch+json","application/apply-patch+yaml","application/apply-patch+cbor"],"description":"partially update scale of the specified Deployment","operationId":"patchAppsV1NamespacedDeploymentScale","parameters":[{"$ref":"#/parameters/body-78PwaGsr"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-7c6nTn1T"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true},{"$ref":"#/parameters/force-tOGGb0Yi"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"patch","x-kubernetes-group-version-kind":{"group":"autoscaling","kind":"Scale","version":"v1"}},"put":{"consumes":["*/*"],"description":"replace scale of the specified Deployment","operationId":"replaceAppsV1NamespacedDeploymentScale","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"put","x-kubernetes-group-version-kind":{"group":"autoscaling","kind":"Scale","version":"v1"}}},"/apis/apps/v1/namespaces/{namespace}/deployments/{name}/status":{"get":{"consumes":["*/*"],"description":"read status of the specified Deployment","operationId":"readAppsV1NamespacedDeploymentStatus","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.Deployment"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"get","x-kubernetes-group-version-kind":{"group":"apps","kind":"Deployment","version":"v1"}},"parameters":[{"description":"name of the Deployment","in":"path","name":"name","required":true,"type":"string","uniqueItems":true},{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"patch":{"consumes":["application/json-patch+json","application/merge-patch+json","application/strategic-merge-patch+json","application/apply-patch+yaml","application/apply-patch+cbor"],"description":"partially update status of the specified Deployment","operationId":"patchAppsV1NamespacedDeploymentStatus","parameters":[{"$ref":"#/parameters/body-78PwaGsr"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-7c6nTn1T"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true},{"$ref":"#/parameters/force-tOGGb0Yi"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.Deployment"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.Deployment"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"patch","x-kubernetes-group-version-kind":{"group":"apps","kind":"Deployment","version":"v1"}},"put":{"consumes":["*/*"],"description":"replace status of the specified Deployment","operationId":"replaceAppsV1NamespacedDeploymentStatus","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.Deployment"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.Deployment"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.Deployment"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"put","x-kubernetes-group-version-kind":{"group":"apps","kind":"Deployment","version":"v1"}}},"/apis/apps/v1/namespaces/{namespace}/replicasets":{"delete":{"consumes":["*/*"],"description":"delete collection of ReplicaSet","operationId":"deleteAppsV1CollectionNamespacedReplicaSet","parameters":[{"$ref":"#/parameters/body-2Y1dVQaQ"},{"$ref":"#/parameters/continue-QfD61s0i"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/gracePeriodSeconds--K5HaBOS"},{"$ref":"#/parameters/ignoreStoreReadErrorWithClusterBreakingPotential-QbNkfIqj"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/orphanDependents-uRB25kX5"},{"$ref":"#/parameters/propagationPolicy-6jk3prlO"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"deletecollection","x-kubernetes-group-version-kind":{"group":"apps","kind":"ReplicaSet","version":"v1"}},"get":{"consumes":["*/*"],"description":"list or watch objects of kind ReplicaSet","operationId":"listAppsV1NamespacedReplicaSet","parameters":[{"$ref":"#/parameters/allowWatchBookmarks-HC2hJt-J"},{"$ref":"#/parameters/continue-QfD61s0i"},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"},{"$ref":"#/parameters/watch-XNNPZGbK"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor","application/json;stream=watch","application/vnd.kubernetes.protobuf;stream=watch","application/cbor-seq"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSetList"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"list","x-kubernetes-group-version-kind":{"group":"apps","kind":"ReplicaSet","version":"v1"}},"parameters":[{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"post":{"consumes":["*/*"],"description":"create a ReplicaSet","operationId":"createAppsV1NamespacedReplicaSet","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSet"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSet"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSet"}},"202":{"description":"Accepted","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSet"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"post","x-kubernetes-group-version-kind":{"group":"apps","kind":"ReplicaSet","version":"v1"}}},"/apis/apps/v1/namespaces/{namespace}/replicasets/{name}":{"delete":{"consumes":["*/*"],"description":"delete a ReplicaSet","operationId":"deleteAppsV1NamespacedReplicaSet","parameters":[{"$ref":"#/parameters/body-2Y1dVQaQ"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/gracePeriodSeconds--K5HaBOS"},{"$ref":"#/parameters/ignoreStoreReadErrorWithClusterBreakingPotential-QbNkfIqj"},{"$ref":"#/parameters/orphanDependents-uRB25kX5"},{"$ref":"#/parameters/propagationPolicy-6jk3prlO"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"202":{"description":"Accepted","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"delete","x-kubernetes-group-version-kind":{"group":"apps","kind":"ReplicaSet","version":"v1"}},"get":{"consumes":["*/*"],"description":"read the specified ReplicaSet","operationId":"readAppsV1NamespacedReplicaSet","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSet"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"get","x-kubernetes-group-version-kind":{"group":"apps","kind":"ReplicaSet","version":"v1"}},"parameters":[{"description":"name of the ReplicaSet","in":"path","name":"name","required":true,"type":"string","uniqueItems":true},{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"patch":{"consumes":["application/json-patch+json","application/merge-patch+json","application/strategic-merge-patch+json","application/apply-patch+yaml","application/apply-patch+cbor"],"description":"partially update the specified ReplicaSet","operationId":"patchAppsV1NamespacedReplicaSet","parameters":[{"$ref":"#/parameters/body-78PwaGsr"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-7c6nTn1T"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true},{"$ref":"#/parameters/force-tOGGb0Yi"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSet"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSet"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"patch","x-kubernetes-group-version-kind":{"group":"apps","kind":"ReplicaSet","version":"v1"}},"put":{"consumes":["*/*"],"description":"replace the specified ReplicaSet","operationId":"replaceAppsV1NamespacedReplicaSet","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSet"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSet"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSet"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"put","x-kubernetes-group-version-kind":{"group":"apps","kind":"ReplicaSet","version":"v1"}}},"/apis/apps/v1/namespaces/{namespace}/replicasets/{name}/scale":{"get":{"consumes":["*/*"],"description":"read scale of the specified ReplicaSet","operationId":"readAppsV1NamespacedReplicaSetScale","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"get","x-kubernetes-group-version-kind":{"group":"autoscaling","kind":"Scale","version":"v1"}},"parameters":[{"description":"name of the Scale","in":"path","name":"name","required":true,"type":"string","uniqueItems":true},{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"patch":{"consumes":["application/json-patch+json","application/merge-patch+json","application/strategic-merge-patch+json","application/apply-patch+yaml","application/apply-patch+cbor"],"description":"partially update scale of the specified ReplicaSet","operationId":"patchAppsV1NamespacedReplicaSetScale","parameters":[{"$ref":"#/parameters/body-78PwaGsr"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-7c6nTn1T"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true},{"$ref":"#/parameters/force-tOGGb0Yi"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"patch","x-kubernetes-group-version-kind":{"group":"autoscaling","kind":"Scale","version":"v1"}},"put":{"consumes":["*/*"],"description":"replace scale of the specified ReplicaSet","operationId":"replaceAppsV1NamespacedReplicaSetScale","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"put","x-kubernetes-group-version-kind":{"group":"autoscaling","kind":"Scale","version":"v1"}}},"/apis/apps/v1/namespaces/{namespace}/replicasets/{name}/status":{"get":{"consumes":["*/*"],"description":"read status of the specified ReplicaSet","operationId":"readAppsV1NamespacedReplicaSetStatus","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSet"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"get","x-kubernetes-group-version-kind":{"group":"apps","kind":"ReplicaSet","version":"v1"}},"parameters":[{"description":"name of the ReplicaSet","in":"path","name":"name","required":true,"type":"string","uniqueItems":true},{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"patch":{"consumes":["application/json-patch+json","application/merge-patch+json","application/strategic-merge-patch+json","application/apply-patch+yaml","application/apply-patch+cbor"],"description":"partially update status of the specified ReplicaSet","operationId":"patchAppsV1NamespacedReplicaSetStatus","parameters":[{"$ref":"#/parameters/body-78PwaGsr"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-7c6nTn1T"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true},{"$ref":"#/parameters/force-tOGGb0Yi"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSet"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSet"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"patch","x-kubernetes-group-version-kind":{"group":"apps","kind":"ReplicaSet","version":"v1"}},"put":{"consumes":["*/*"],"description":"replace status of the specified ReplicaSet","operationId":"replaceAppsV1NamespacedReplicaSetStatus","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSet"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSet"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSet"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"put","x-kubernetes-group-version-kind":{"group":"apps","kind":"ReplicaSet","version":"v1"}}},"/apis/apps/v1/namespaces/{namespace}/statefulsets/{name}/scale":{"get":{"consumes":["*/*"],"description":"read scale of the specified StatefulSet","operationId":"readAppsV1NamespacedStatefulSetScale","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"get","x-kubernetes-group-version-kind":{"group":"autoscaling","kind":"Scale","version":"v1"}},"parameters":[{"description":"name of the Scale","in":"path","name":"name","required":true,"type":"string","uniqueItems":true},{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"patch":{"consumes":["application/json-patch+json","application/merge-patch+json","application/strategic-merge-patch+json","application/apply-patch+yaml","application/apply-patch+cbor"],"description":"partially update scale of the specified StatefulSet","operationId":"patchAppsV1NamespacedStatefulSetScale","parameters":[{"$ref":"#/parameters/body-78PwaGsr"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-7c6nTn1T"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true},{"$ref":"#/parameters/force-tOGGb0Yi"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"patch","x-kubernetes-group-version-kind":{"group":"autoscaling","kind":"Scale","version":"v1"}},"put":{"consumes":["*/*"],"description":"replace scale of the specified StatefulSet","operationId":"replaceAppsV1NamespacedStatefulSetScale","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.Scale"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"put","x-kubernetes-group-version-kind":{"group":"autoscaling","kind":"Scale","version":"v1"}}},"/apis/apps/v1/replicasets":{"get":{"consumes":["*/*"],"description":"list or watch objects of kind ReplicaSet","operationId":"listAppsV1ReplicaSetForAllNamespaces","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor","application/json;stream=watch","application/vnd.kubernetes.protobuf;stream=watch","application/cbor-seq"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSetList"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["apps_v1"],"x-kubernetes-action":"list","x-kubernetes-group-version-kind":{"group":"apps","kind":"ReplicaSet","version":"v1"}},"parameters":[{"$ref":"#/parameters/allowWatchBookmarks-HC2hJt-J"},{"$ref":"#/parameters/continue-QfD61s0i"},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/pretty-tJGM1-ng"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"},{"$ref":"#/parameters/watch-XNNPZGbK"}]},"/apis/coordination.k8s.io/v1/leases":{"get":{"consumes":["*/*"],"description":"list or watch objects of kind Lease","operationId":"listCoordinationV1LeaseForAllNamespaces","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor","application/json;stream=watch","application/vnd.kubernetes.protobuf;stream=watch","application/cbor-seq"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.coordination.v1.LeaseList"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["coordination_v1"],"x-kubernetes-action":"list","x-kubernetes-group-version-kind":{"group":"coordination.k8s.io","kind":"Lease","version":"v1"}},"parameters":[{"$ref":"#/parameters/allowWatchBookmarks-HC2hJt-J"},{"$ref":"#/parameters/continue-QfD61s0i"},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/pretty-tJGM1-ng"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"},{"$ref":"#/parameters/watch-XNNPZGbK"}]},"/apis/coordination.k8s.io/v1/namespaces/{namespace}/leases":{"delete":{"consumes":["*/*"],"description":"delete collection of Lease","operationId":"deleteCoordinationV1CollectionNamespacedLease","parameters":[{"$ref":"#/parameters/body-2Y1dVQaQ"},{"$ref":"#/parameters/continue-QfD61s0i"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/gracePeriodSeconds--K5HaBOS"},{"$ref":"#/parameters/ignoreStoreReadErrorWithClusterBreakingPotential-QbNkfIqj"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/orphanDependents-uRB25kX5"},{"$ref":"#/parameters/propagationPolicy-6jk3prlO"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["coordination_v1"],"x-kubernetes-action":"deletecollection","x-kubernetes-group-version-kind":{"group":"coordination.k8s.io","kind":"Lease","version":"v1"}},"get":{"consumes":["*/*"],"description":"list or watch objects of kind Lease","operationId":"listCoordinationV1NamespacedLease","parameters":[{"$ref":"#/parameters/allowWatchBookmarks-HC2hJt-J"},{"$ref":"#/parameters/continue-QfD61s0i"},{"$ref":"#/parameters/fieldSelector-xIcQKXFG"},{"$ref":"#/parameters/labelSelector-5Zw57w4C"},{"$ref":"#/parameters/limit-1NfNmdNH"},{"$ref":"#/parameters/resourceVersion-5WAnf1kx"},{"$ref":"#/parameters/resourceVersionMatch-t8XhRHeC"},{"$ref":"#/parameters/sendInitialEvents-rLXlEK_k"},{"$ref":"#/parameters/shardSelector-Kgyki_3_"},{"$ref":"#/parameters/timeoutSeconds-yvYezaOC"},{"$ref":"#/parameters/watch-XNNPZGbK"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor","application/json;stream=watch","application/vnd.kubernetes.protobuf;stream=watch","application/cbor-seq"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.coordination.v1.LeaseList"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["coordination_v1"],"x-kubernetes-action":"list","x-kubernetes-group-version-kind":{"group":"coordination.k8s.io","kind":"Lease","version":"v1"}},"parameters":[{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"post":{"consumes":["*/*"],"description":"create a Lease","operationId":"createCoordinationV1NamespacedLease","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.coordination.v1.Lease"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.coordination.v1.Lease"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.coordination.v1.Lease"}},"202":{"description":"Accepted","schema":{"$ref":"#/definitions/io.k8s.api.coordination.v1.Lease"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["coordination_v1"],"x-kubernetes-action":"post","x-kubernetes-group-version-kind":{"group":"coordination.k8s.io","kind":"Lease","version":"v1"}}},"/apis/coordination.k8s.io/v1/namespaces/{namespace}/leases/{name}":{"delete":{"consumes":["*/*"],"description":"delete a Lease","operationId":"deleteCoordinationV1NamespacedLease","parameters":[{"$ref":"#/parameters/body-2Y1dVQaQ"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/gracePeriodSeconds--K5HaBOS"},{"$ref":"#/parameters/ignoreStoreReadErrorWithClusterBreakingPotential-QbNkfIqj"},{"$ref":"#/parameters/orphanDependents-uRB25kX5"},{"$ref":"#/parameters/propagationPolicy-6jk3prlO"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"202":{"description":"Accepted","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["coordination_v1"],"x-kubernetes-action":"delete","x-kubernetes-group-version-kind":{"group":"coordination.k8s.io","kind":"Lease","version":"v1"}},"get":{"consumes":["*/*"],"description":"read the specified Lease","operationId":"readCoordinationV1NamespacedLease","produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.coordination.v1.Lease"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["coordination_v1"],"x-kubernetes-action":"get","x-kubernetes-group-version-kind":{"group":"coordination.k8s.io","kind":"Lease","version":"v1"}},"parameters":[{"description":"name of the Lease","in":"path","name":"name","required":true,"type":"string","uniqueItems":true},{"$ref":"#/parameters/namespace-vgWSWtn3"},{"$ref":"#/parameters/pretty-tJGM1-ng"}],"patch":{"consumes":["application/json-patch+json","application/merge-patch+json","application/strategic-merge-patch+json","application/apply-patch+yaml","application/apply-patch+cbor"],"description":"partially update the specified Lease","operationId":"patchCoordinationV1NamespacedLease","parameters":[{"$ref":"#/parameters/body-78PwaGsr"},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-7c6nTn1T"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true},{"$ref":"#/parameters/force-tOGGb0Yi"}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.coordination.v1.Lease"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.coordination.v1.Lease"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["coordination_v1"],"x-kubernetes-action":"patch","x-kubernetes-group-version-kind":{"group":"coordination.k8s.io","kind":"Lease","version":"v1"}},"put":{"consumes":["*/*"],"description":"replace the specified Lease","operationId":"replaceCoordinationV1NamespacedLease","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.api.coordination.v1.Lease"}},{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","in":"query","name":"dryRun","type":"string","uniqueItems":true},{"$ref":"#/parameters/fieldManager-Qy4HdaTW"},{"description":"fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.","in":"query","name":"fieldValidation","type":"string","uniqueItems":true}],"produces":["application/json","application/yaml","application/vnd.kubernetes.protobuf","application/cbor"],"responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.coordination.v1.Lease"}},"201":{"description":"Created","schema":{"$ref":"#/definitions/io.k8s.api.coordination.v1.Lease"}},"401":{"description":"Unauthorized"}},"schemes":["https"],"tags":["coordination_v1"],"x-kubernetes-action":"put","x-kubernetes-group-version-kind":{"group":"coordination.k8s.io","kind":"Lease","version":"v1"}}}},"parameters":{"allowWatchBookmarks-HC2hJt-J":{"description":"allowWatchBookmarks requests watch events with type \\"BOOKMARK\\". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\'s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.","in":"query","name":"allowWatchBookmarks","type":"boolean","uniqueItems":true},"body-2Y1dVQaQ":{"in":"body","name":"body","schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions"}},"body-78PwaGsr":{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Patch"}},"container-1GeXxFDC":{"description":"The container for which to stream logs. Defaults to only container if there is one container in the pod.","in":"query","name":"container","type":"string","uniqueItems":true},"continue-QfD61s0i":{"description":"The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the \\"next key\\".\\n\\nThis field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.","in":"query","name":"continue","type":"string","uniqueItems":true},"fieldManager-7c6nTn1T":{"description":"fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).","in":"query","name":"fieldManager","type":"string","uniqueItems":true},"fieldManager-Qy4HdaTW":{"description":"fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.","in":"query","name":"fieldManager","type":"string","uniqueItems":true},"fieldSelector-xIcQKXFG":{"description":"A selector to restrict the list of returned objects by their fields. Defaults to everything.","in":"query","name":"fieldSelector","type":"string","uniqueItems":true},"follow-9OIXh_2R":{"description":"Follow the log stream of the pod. Defaults to false.","in":"query","name":"follow","type":"boolean","uniqueItems":true},"force-tOGGb0Yi":{"description":"Force is going to \\"force\\" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.","in":"query","name":"force","type":"boolean","uniqueItems":true},"gracePeriodSeconds--K5HaBOS":{"description":"The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.","in":"query","name":"gracePeriodSeconds","type":"integer","uniqueItems":true},"ignoreStoreReadErrorWithClusterBreakingPotential-QbNkfIqj":{"description":"if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it","in":"query","name":"ignoreStoreReadErrorWithClusterBreakingPotential","type":"boolean","uniqueItems":true},"insecureSkipTLSVerifyBackend-gM00jVbe":{"description":"insecureSkipTLSVerifyBackend indicates that the apiserver should not confirm the validity of the serving certificate of the backend it is connecting to.  This will make the HTTPS connection between the apiserver and the backend insecure. This means the apiserver cannot verify the log data it is receiving came from the real kubelet.  If the kubelet is configured to verify the apiserver\'s TLS credentials, it does not mean the connection to the real kubelet is vulnerable to a man in the middle attack (e.g. an attacker could not intercept the actual log data coming from the real kubelet).","in":"query","name":"insecureSkipTLSVerifyBackend","type":"boolean","uniqueItems":true},"labelSelector-5Zw57w4C":{"description":"A selector to restrict the list of returned objects by their labels. Defaults to everything.","in":"query","name":"labelSelector","type":"string","uniqueItems":true},"limit-1NfNmdNH":{"description":"limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true.\\n\\nThe server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.","in":"query","name":"limit","type":"integer","uniqueItems":true},"limitBytes-zwd1RXuc":{"description":"If set, the number of bytes to read from the server before terminating the log output. This may not display a complete final line of logging, and may return slightly more or slightly less than the specified limit.","in":"query","name":"limitBytes","type":"integer","uniqueItems":true},"namespace-vgWSWtn3":{"description":"object name and auth scope, such as for teams and projects","in":"path","name":"namespace","required":true,"type":"string","uniqueItems":true},"orphanDependents-uRB25kX5":{"description":"Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the \\"orphan\\" finalizer will be added to/removed from the object\'s finalizers list. Either this field or PropagationPolicy may be set, but not both.","in":"query","name":"orphanDependents","type":"boolean","uniqueItems":true},"pretty-tJGM1-ng":{"description":"If \'true\', then the output is pretty printed. Defaults to \'false\' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).","in":"query","name":"pretty","type":"string","uniqueItems":true},"previous-1jxDPu3y":{"description":"Return previous terminated container logs. Defaults to false.","in":"query","name":"previous","type":"boolean","uniqueItems":true},"propagationPolicy-6jk3prlO":{"description":"Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: \'Orphan\' - orphan the dependents; \'Background\' - allow the garbage collector to delete the dependents in the background; \'Foreground\' - a cascading policy that deletes all dependents in the foreground.","in":"query","name":"propagationPolicy","type":"string","uniqueItems":true},"resourceVersion-5WAnf1kx":{"description":"resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.\\n\\nDefaults to unset","in":"query","name":"resourceVersion","type":"string","uniqueItems":true},"resourceVersionMatch-t8XhRHeC":{"description":"resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.\\n\\nDefaults to unset","in":"query","name":"resourceVersionMatch","type":"string","uniqueItems":true},"sendInitialEvents-rLXlEK_k":{"description":"`sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic \\"Bookmark\\" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `\\"k8s.io/initial-events-end\\": \\"true\\"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched.\\n\\nWhen `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan\\n  is interpreted as \\"data at least as new as the provided `resourceVersion`\\"\\n  and the bookmark event is send when the state is synced\\n  to a `resourceVersion` at least as fresh as the one provided by the ListOptions.\\n  If `resourceVersion` is unset, this is interpreted as \\"consistent read\\" and the\\n  bookmark event is send when the state is synced at least to the moment\\n  when request started being processed.\\n- `resourceVersionMatch` set to any other value or unset\\n  Invalid error is returned.\\n\\nDefaults to true if `resourceVersion=\\"\\"` or `resourceVersion=\\"0\\"` (for backward compatibility reasons) and to false otherwise.","in":"query","name":"sendInitialEvents","type":"boolean","uniqueItems":true},"shardSelector-Kgyki_3_":{"description":"shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges:\\n\\n  shardRange(object.metadata.uid, \'0x0\', \'0x8000000000000000\')\\n  shardRange(object.metadata.uid, \'0x0\', \'0x8000000000000000\') || shardRange(object.metadata.uid, \'0x8000000000000000\', \'0x10000000000000000\')\\n\\nField paths use CEL-style object-rooted syntax (e.g. \\"object.metadata.uid\\"), NOT the fieldSelector format (\\"metadata.uid\\"). Currently supported paths:\\n  - object.metadata.uid\\n  - object.metadata.namespace\\n\\nhexStart and hexEnd are single-quoted CEL string literals with a \'0x\' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64.\\n\\nExamples:\\n  2-shard split:\\n    shard 0: shardRange(object.metadata.uid, \'0x0000000000000000\', \'0x8000000000000000\')\\n    shard 1: shardRange(object.metadata.uid, \'0x8000000000000000\', \'0x10000000000000000\')\\n  4-shard split:\\n    shard 0: shardRange(object.metadata.uid, \'0x0000000000000000\', \'0x4000000000000000\')\\n    shard 1: shardRange(object.metadata.uid, \'0x4000000000000000\', \'0x8000000000000000\')\\n    shard 2: shardRange(object.metadata.uid, \'0x8000000000000000\', \'0xc000000000000000\')\\n    shard 3: shardRange(object.metadata.uid, \'0xc000000000000000\', \'0x10000000000000000\')\\n\\nThis is an alpha field and requires enabling the ShardedListAndWatch feature gate.","in":"query","name":"shardSelector","type":"string","uniqueItems":true},"sinceSeconds-vE2NLdnP":{"description":"A relative time in seconds before the current time from which to show logs. If this value precedes the time a pod was started, only logs since the pod start will be returned. If this value is in the future, no logs will be returned. Only one of sinceSeconds or sinceTime may be specified.","in":"query","name":"sinceSeconds","type":"integer","uniqueItems":true},"stream-l-48cgXv":{"description":"Specify which container log stream to return to the client. Acceptable values are \\"All\\", \\"Stdout\\" and \\"Stderr\\". If not specified, \\"All\\" is used, and both stdout and stderr are returned interleaved. Note that when \\"TailLines\\" is specified, \\"Stream\\" can only be set to nil or \\"All\\".","in":"query","name":"stream","type":"string","uniqueItems":true},"tailLines-9xQLWHMV":{"description":"If set, the number of lines from the end of the logs to show. If not specified, logs are shown from the creation of the container or sinceSeconds or sinceTime. Note that when \\"TailLines\\" is specified, \\"Stream\\" can only be set to nil or \\"All\\".","in":"query","name":"tailLines","type":"integer","uniqueItems":true},"timeoutSeconds-yvYezaOC":{"description":"Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.","in":"query","name":"timeoutSeconds","type":"integer","uniqueItems":true},"timestamps-c17fW1w_":{"description":"If true, add an RFC3339 or RFC3339Nano timestamp at the beginning of every line of log output. Defaults to false.","in":"query","name":"timestamps","type":"boolean","uniqueItems":true},"watch-XNNPZGbK":{"description":"Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.","in":"query","name":"watch","type":"boolean","uniqueItems":true}},"definitions":{"io.k8s.api.apps.v1.Deployment":{"description":"Deployment enables declarative updates for Pods and ReplicaSets.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta","description":"Standard object\'s metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"},"spec":{"$ref":"#/definitions/io.k8s.api.apps.v1.DeploymentSpec","description":"Specification of the desired behavior of the Deployment."},"status":{"$ref":"#/definitions/io.k8s.api.apps.v1.DeploymentStatus","description":"Most recently observed status of the Deployment."}},"type":"object","x-kubernetes-group-version-kind":[{"group":"apps","kind":"Deployment","version":"v1"}]},"io.k8s.api.apps.v1.DeploymentCondition":{"description":"DeploymentCondition describes the state of a deployment at a certain point.","properties":{"lastTransitionTime":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time","description":"Last time the condition transitioned from one status to another."},"lastUpdateTime":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time","description":"The last time this condition was updated."},"message":{"description":"A human readable message indicating details about the transition.","type":"string"},"reason":{"description":"The reason for the condition\'s last transition.","type":"string"},"status":{"description":"Status of the condition, one of True, False, Unknown.","type":"string"},"type":{"description":"Type of deployment condition.","type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.apps.v1.DeploymentList":{"description":"DeploymentList is a list of Deployments.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"items":{"description":"Items is the list of Deployments.","items":{"$ref":"#/definitions/io.k8s.api.apps.v1.Deployment"},"type":"array"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta","description":"Standard list metadata."}},"required":["items"],"type":"object","x-kubernetes-group-version-kind":[{"group":"apps","kind":"DeploymentList","version":"v1"}]},"io.k8s.api.apps.v1.DeploymentSpec":{"description":"DeploymentSpec is the specification of the desired behavior of the Deployment.","properties":{"minReadySeconds":{"description":"Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)","format":"int32","type":"integer"},"paused":{"description":"Indicates that the deployment is paused.","type":"boolean"},"progressDeadlineSeconds":{"description":"The maximum time in seconds for a deployment to make progress before it is considered to be failed. The deployment controller will continue to process failed deployments and a condition with a ProgressDeadlineExceeded reason will be surfaced in the deployment status. Note that progress will not be estimated during the time a deployment is paused. Defaults to 600s.","format":"int32","type":"integer"},"replicas":{"description":"Number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1.","format":"int32","type":"integer"},"revisionHistoryLimit":{"description":"The number of old ReplicaSets to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 10.","format":"int32","type":"integer"},"selector":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector","description":"Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment. It must match the pod template\'s labels."},"strategy":{"$ref":"#/definitions/io.k8s.api.apps.v1.DeploymentStrategy","description":"The deployment strategy to use to replace existing pods with new ones.","x-kubernetes-patch-strategy":"retainKeys"},"template":{"$ref":"#/definitions/io.k8s.api.core.v1.PodTemplateSpec","description":"Template describes the pods that will be created. The only allowed template.spec.restartPolicy value is \\"Always\\"."}},"required":["selector","template"],"type":"object"},"io.k8s.api.apps.v1.DeploymentStatus":{"description":"DeploymentStatus is the most recently observed status of the Deployment.","properties":{"availableReplicas":{"description":"Total number of available non-terminating pods (ready for at least minReadySeconds) targeted by this deployment.","format":"int32","type":"integer"},"collisionCount":{"description":"Count of hash collisions for the Deployment. The Deployment controller uses this field as a collision avoidance mechanism when it needs to create the name for the newest ReplicaSet.","format":"int32","type":"integer"},"conditions":{"description":"Represents the latest available observations of a deployment\'s current state.","items":{"$ref":"#/definitions/io.k8s.api.apps.v1.DeploymentCondition"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"type","x-kubernetes-patch-strategy":"merge"},"observedGeneration":{"description":"The generation observed by the deployment controller.","format":"int64","type":"integer"},"readyReplicas":{"description":"Total number of non-terminating pods targeted by this Deployment with a Ready Condition.","format":"int32","type":"integer"},"replicas":{"description":"Total number of non-terminating pods targeted by this deployment (their labels match the selector).","format":"int32","type":"integer"},"terminatingReplicas":{"description":"Total number of terminating pods targeted by this deployment. Terminating pods have a non-null .metadata.deletionTimestamp and have not yet reached the Failed or Succeeded .status.phase.\\n\\nThis is a beta field and requires enabling DeploymentReplicaSetTerminatingReplicas feature (enabled by default).","format":"int32","type":"integer"},"unavailableReplicas":{"description":"Total number of unavailable pods targeted by this deployment. This is the total number of pods that are still required for the deployment to have 100% available capacity. They may either be pods that are running but not yet available or pods that still have not been created.","format":"int32","type":"integer"},"updatedReplicas":{"description":"Total number of non-terminating pods targeted by this deployment that have the desired template spec.","format":"int32","type":"integer"}},"type":"object"},"io.k8s.api.apps.v1.DeploymentStrategy":{"description":"DeploymentStrategy describes how to replace existing pods with new ones.","properties":{"rollingUpdate":{"$ref":"#/definitions/io.k8s.api.apps.v1.RollingUpdateDeployment","description":"Rolling update config params. Present only if DeploymentStrategyType = RollingUpdate."},"type":{"description":"Type of deployment. Can be \\"Recreate\\" or \\"RollingUpdate\\". Default is RollingUpdate.","type":"string"}},"type":"object"},"io.k8s.api.apps.v1.ReplicaSet":{"description":"ReplicaSet ensures that a specified number of pod replicas are running at any given time.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta","description":"If the Labels of a ReplicaSet are empty, they are defaulted to be the same as the Pod(s) that the ReplicaSet manages. Standard object\'s metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"},"spec":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSetSpec","description":"Spec defines the specification of the desired behavior of the ReplicaSet. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"},"status":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSetStatus","description":"Status is the most recently observed status of the ReplicaSet. This data may be out of date by some window of time. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"}},"type":"object","x-kubernetes-group-version-kind":[{"group":"apps","kind":"ReplicaSet","version":"v1"}]},"io.k8s.api.apps.v1.ReplicaSetCondition":{"description":"ReplicaSetCondition describes the state of a replica set at a certain point.","properties":{"lastTransitionTime":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time","description":"The last time the condition transitioned from one status to another."},"message":{"description":"A human readable message indicating details about the transition.","type":"string"},"reason":{"description":"The reason for the condition\'s last transition.","type":"string"},"status":{"description":"Status of the condition, one of True, False, Unknown.","type":"string"},"type":{"description":"Type of replica set condition.","type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.apps.v1.ReplicaSetList":{"description":"ReplicaSetList is a collection of ReplicaSets.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"items":{"description":"List of ReplicaSets. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset","items":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSet"},"type":"array"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta","description":"Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"}},"required":["items"],"type":"object","x-kubernetes-group-version-kind":[{"group":"apps","kind":"ReplicaSetList","version":"v1"}]},"io.k8s.api.apps.v1.ReplicaSetSpec":{"description":"ReplicaSetSpec is the specification of a ReplicaSet.","properties":{"minReadySeconds":{"description":"Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)","format":"int32","type":"integer"},"replicas":{"description":"Replicas is the number of desired pods. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset","format":"int32","type":"integer"},"selector":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector","description":"Selector is a label query over pods that should match the replica count. Label keys and values that must match in order to be controlled by this replica set. It must match the pod template\'s labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors"},"template":{"$ref":"#/definitions/io.k8s.api.core.v1.PodTemplateSpec","description":"Template is the object that describes the pod that will be created if insufficient replicas are detected. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/#pod-template"}},"required":["selector"],"type":"object"},"io.k8s.api.apps.v1.ReplicaSetStatus":{"description":"ReplicaSetStatus represents the current status of a ReplicaSet.","properties":{"availableReplicas":{"description":"The number of available non-terminating pods (ready for at least minReadySeconds) for this replica set.","format":"int32","type":"integer"},"conditions":{"description":"Represents the latest available observations of a replica set\'s current state.","items":{"$ref":"#/definitions/io.k8s.api.apps.v1.ReplicaSetCondition"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"type","x-kubernetes-patch-strategy":"merge"},"fullyLabeledReplicas":{"description":"The number of non-terminating pods that have labels matching the labels of the pod template of the replicaset.","format":"int32","type":"integer"},"observedGeneration":{"description":"ObservedGeneration reflects the generation of the most recently observed ReplicaSet.","format":"int64","type":"integer"},"readyReplicas":{"description":"The number of non-terminating pods targeted by this ReplicaSet with a Ready Condition.","format":"int32","type":"integer"},"replicas":{"description":"Replicas is the most recently observed number of non-terminating pods. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset","format":"int32","type":"integer"},"terminatingReplicas":{"description":"The number of terminating pods for this replica set. Terminating pods have a non-null .metadata.deletionTimestamp and have not yet reached the Failed or Succeeded .status.phase.\\n\\nThis is a beta field and requires enabling DeploymentReplicaSetTerminatingReplicas feature (enabled by default).","format":"int32","type":"integer"}},"required":["replicas"],"type":"object"},"io.k8s.api.apps.v1.RollingUpdateDeployment":{"description":"Spec to control the desired behavior of rolling update.","properties":{"maxSurge":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString","description":"The maximum number of pods that can be scheduled above the desired number of pods. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up. Defaults to 25%. Example: when this is set to 30%, the new ReplicaSet can be scaled up immediately when the rolling update starts, such that the total number of old and new pods do not exceed 130% of desired pods. Once old pods have been killed, new ReplicaSet can be scaled up further, ensuring that total number of pods running at any time during the update is at most 130% of desired pods."},"maxUnavailable":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString","description":"The maximum number of pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). Absolute number is calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to 25%. Example: when this is set to 30%, the old ReplicaSet can be scaled down to 70% of desired pods immediately when the rolling update starts. Once new pods are ready, old ReplicaSet can be scaled down further, followed by scaling up the new ReplicaSet, ensuring that the total number of pods available at all times during the update is at least 70% of desired pods."}},"type":"object"},"io.k8s.api.autoscaling.v1.Scale":{"description":"Scale represents a scaling request for a resource.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta","description":"Standard object metadata; More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata."},"spec":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.ScaleSpec","description":"spec defines the behavior of the scale. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status."},"status":{"$ref":"#/definitions/io.k8s.api.autoscaling.v1.ScaleStatus","description":"status is the current status of the scale. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status. Read-only."}},"type":"object","x-kubernetes-group-version-kind":[{"group":"autoscaling","kind":"Scale","version":"v1"}]},"io.k8s.api.autoscaling.v1.ScaleSpec":{"description":"ScaleSpec describes the attributes of a scale subresource.","properties":{"replicas":{"description":"replicas is the desired number of instances for the scaled object.","format":"int32","type":"integer"}},"type":"object"},"io.k8s.api.autoscaling.v1.ScaleStatus":{"description":"ScaleStatus represents the current status of a scale subresource.","properties":{"replicas":{"description":"replicas is the actual number of observed instances of the scaled object.","format":"int32","type":"integer"},"selector":{"description":"selector is the label query over pods that should match the replicas count. This is same as the label selector but in the string format to avoid introspection by clients. The string will be in the same format as the query-param syntax. More info about label selectors: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/","type":"string"}},"required":["replicas"],"type":"object"},"io.k8s.api.coordination.v1.Lease":{"description":"Lease defines a lease concept.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta","description":"More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"},"spec":{"$ref":"#/definitions/io.k8s.api.coordination.v1.LeaseSpec","description":"spec contains the specification of the Lease. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"}},"type":"object","x-kubernetes-group-version-kind":[{"group":"coordination.k8s.io","kind":"Lease","version":"v1"}]},"io.k8s.api.coordination.v1.LeaseList":{"description":"LeaseList is a list of Lease objects.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"items":{"description":"items is a list of schema objects.","items":{"$ref":"#/definitions/io.k8s.api.coordination.v1.Lease"},"type":"array"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta","description":"Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"}},"required":["items"],"type":"object","x-kubernetes-group-version-kind":[{"group":"coordination.k8s.io","kind":"LeaseList","version":"v1"}]},"io.k8s.api.coordination.v1.LeaseSpec":{"description":"LeaseSpec is a specification of a Lease.","properties":{"acquireTime":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime","description":"acquireTime is a time when the current lease was acquired."},"holderIdentity":{"description":"holderIdentity contains the identity of the holder of a current lease. If Coordinated Leader Election is used, the holder identity must be equal to the elected LeaseCandidate.metadata.name field.","type":"string"},"leaseDurationSeconds":{"description":"leaseDurationSeconds is a duration that candidates for a lease need to wait to force acquire it. This is measured against the time of last observed renewTime.","format":"int32","type":"integer"},"leaseTransitions":{"description":"leaseTransitions is the number of transitions of a lease between holders.","format":"int32","type":"integer"},"preferredHolder":{"description":"PreferredHolder signals to a lease holder that the lease has a more optimal holder and should be given up. This field can only be set if Strategy is also set.","type":"string"},"renewTime":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime","description":"renewTime is a time when the current holder of a lease has last updated the lease."},"strategy":{"description":"Strategy indicates the strategy for picking the leader for coordinated leader election. If the field is not specified, there is no active coordination for this lease. (Alpha) Using this field requires the CoordinatedLeaderElection feature gate to be enabled.","type":"string"}},"type":"object"},"io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource":{"description":"Represents a Persistent Disk resource in AWS.\\n\\nAn AWS EBS disk must exist before mounting to a container. The disk must also be in the same AWS zone as the kubelet. An AWS EBS disk can only be mounted as read/write once. AWS EBS volumes support ownership management and SELinux relabeling.","properties":{"fsType":{"description":"fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: \\"ext4\\", \\"xfs\\", \\"ntfs\\". Implicitly inferred to be \\"ext4\\" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore","type":"string"},"partition":{"description":"partition is the partition in the volume that you want to mount. If omitted, the default is to mount by volume name. Examples: For volume /dev/sda1, you specify the partition as \\"1\\". Similarly, the volume partition for /dev/sda is \\"0\\" (or you can leave the property empty).","format":"int32","type":"integer"},"readOnly":{"description":"readOnly value true will force the readOnly setting in VolumeMounts. More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore","type":"boolean"},"volumeID":{"description":"volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume). More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore","type":"string"}},"required":["volumeID"],"type":"object"},"io.k8s.api.core.v1.Affinity":{"description":"Affinity is a group of affinity scheduling rules.","properties":{"nodeAffinity":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeAffinity","description":"Describes node affinity scheduling rules for the pod."},"podAffinity":{"$ref":"#/definitions/io.k8s.api.core.v1.PodAffinity","description":"Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s))."},"podAntiAffinity":{"$ref":"#/definitions/io.k8s.api.core.v1.PodAntiAffinity","description":"Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s))."}},"type":"object"},"io.k8s.api.core.v1.AppArmorProfile":{"description":"AppArmorProfile defines a pod or container\'s AppArmor settings.","properties":{"localhostProfile":{"description":"localhostProfile indicates a profile loaded on the node that should be used. The profile must be preconfigured on the node to work. Must match the loaded name of the profile. Must be set if and only if type is \\"Localhost\\".","type":"string"},"type":{"description":"type indicates which kind of AppArmor profile will be applied. Valid options are:\\n  Localhost - a profile pre-loaded on the node.\\n  RuntimeDefault - the container runtime\'s default profile.\\n  Unconfined - no AppArmor enforcement.","type":"string"}},"required":["type"],"type":"object","x-kubernetes-unions":[{"discriminator":"type","fields-to-discriminateBy":{"localhostProfile":"LocalhostProfile"}}]},"io.k8s.api.core.v1.AttachedVolume":{"description":"AttachedVolume describes a volume attached to a node","properties":{"devicePath":{"description":"DevicePath represents the device path where the volume should be available","type":"string"},"name":{"description":"Name of the attached volume","type":"string"}},"required":["name","devicePath"],"type":"object"},"io.k8s.api.core.v1.AzureDiskVolumeSource":{"description":"AzureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.","properties":{"cachingMode":{"description":"cachingMode is the Host Caching mode: None, Read Only, Read Write.","type":"string"},"diskName":{"description":"diskName is the Name of the data disk in the blob storage","type":"string"},"diskURI":{"description":"diskURI is the URI of data disk in the blob storage","type":"string"},"fsType":{"description":"fsType is Filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. \\"ext4\\", \\"xfs\\", \\"ntfs\\". Implicitly inferred to be \\"ext4\\" if unspecified.","type":"string"},"kind":{"description":"kind expected values are Shared: multiple blob disks per storage account  Dedicated: single blob disk per storage account  Managed: azure managed data disk (only in managed availability set). defaults to shared","type":"string"},"readOnly":{"description":"readOnly Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.","type":"boolean"}},"required":["diskName","diskURI"],"type":"object"},"io.k8s.api.core.v1.AzureFileVolumeSource":{"description":"AzureFile represents an Azure File Service mount on the host and bind mount to the pod.","properties":{"readOnly":{"description":"readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.","type":"boolean"},"secretName":{"description":"secretName is the  name of secret that contains Azure Storage Account Name and Key","type":"string"},"shareName":{"description":"shareName is the azure share Name","type":"string"}},"required":["secretName","shareName"],"type":"object"},"io.k8s.api.core.v1.CSIVolumeSource":{"description":"Represents a source location of a volume to mount, managed by an external CSI driver","properties":{"driver":{"description":"driver is the name of the CSI driver that handles this volume. Consult with your admin for the correct name as registered in the cluster.","type":"string"},"fsType":{"description":"fsType to mount. Ex. \\"ext4\\", \\"xfs\\", \\"ntfs\\". If not provided, the empty value is passed to the associated CSI driver which will determine the default filesystem to apply.","type":"string"},"nodePublishSecretRef":{"$ref":"#/definitions/io.k8s.api.core.v1.LocalObjectReference","description":"nodePublishSecretRef is a reference to the secret object containing sensitive information to pass to the CSI driver to complete the CSI NodePublishVolume and NodeUnpublishVolume calls. This field is optional, and  may be empty if no secret is required. If the secret object contains more than one secret, all secret references are passed."},"readOnly":{"description":"readOnly specifies a read-only configuration for the volume. Defaults to false (read/write).","type":"boolean"},"volumeAttributes":{"additionalProperties":{"type":"string"},"description":"volumeAttributes stores driver-specific properties that are passed to the CSI driver. Consult your driver\'s documentation for supported values.","type":"object"}},"required":["driver"],"type":"object"},"io.k8s.api.core.v1.Capabilities":{"description":"Adds and removes POSIX capabilities from running containers.","properties":{"add":{"description":"Added capabilities","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"drop":{"description":"Removed capabilities","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"}},"type":"object"},"io.k8s.api.core.v1.CephFSVolumeSource":{"description":"Represents a Ceph Filesystem mount that lasts the lifetime of a pod Cephfs volumes do not support ownership management or SELinux relabeling.","properties":{"monitors":{"description":"monitors is Required: Monitors is a collection of Ceph monitors More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"path":{"description":"path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /","type":"string"},"readOnly":{"description":"readOnly is Optional: Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts. More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it","type":"boolean"},"secretFile":{"description":"secretFile is Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it","type":"string"},"secretRef":{"$ref":"#/definitions/io.k8s.api.core.v1.LocalObjectReference","description":"secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty. More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it"},"user":{"description":"user is optional: User is the rados user name, default is admin More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it","type":"string"}},"required":["monitors"],"type":"object"},"io.k8s.api.core.v1.CinderVolumeSource":{"description":"Represents a cinder volume resource in Openstack. A Cinder volume must exist before mounting to a container. The volume must also be in the same region as the kubelet. Cinder volumes support ownership management and SELinux relabeling.","properties":{"fsType":{"description":"fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Examples: \\"ext4\\", \\"xfs\\", \\"ntfs\\". Implicitly inferred to be \\"ext4\\" if unspecified. More info: https://examples.k8s.io/mysql-cinder-pd/README.md","type":"string"},"readOnly":{"description":"readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts. More info: https://examples.k8s.io/mysql-cinder-pd/README.md","type":"boolean"},"secretRef":{"$ref":"#/definitions/io.k8s.api.core.v1.LocalObjectReference","description":"secretRef is optional: points to a secret object containing parameters used to connect to OpenStack."},"volumeID":{"description":"volumeID used to identify the volume in cinder. More info: https://examples.k8s.io/mysql-cinder-pd/README.md","type":"string"}},"required":["volumeID"],"type":"object"},"io.k8s.api.core.v1.ClientIPConfig":{"description":"ClientIPConfig represents the configurations of Client IP based session affinity.","properties":{"timeoutSeconds":{"description":"timeoutSeconds specifies the seconds of ClientIP type session sticky time. The value must be >0 && <=86400(for 1 day) if ServiceAffinity == \\"ClientIP\\". Default value is 10800(for 3 hours).","format":"int32","type":"integer"}},"type":"object"},"io.k8s.api.core.v1.ClusterTrustBundleProjection":{"description":"ClusterTrustBundleProjection describes how to select a set of ClusterTrustBundle objects and project their contents into the pod filesystem.","properties":{"labelSelector":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector","description":"Select all ClusterTrustBundles that match this label selector.  Only has effect if signerName is set.  Mutually-exclusive with name.  If unset, interpreted as \\"match nothing\\".  If set but empty, interpreted as \\"match everything\\"."},"name":{"description":"Select a single ClusterTrustBundle by object name.  Mutually-exclusive with signerName and labelSelector.","type":"string"},"optional":{"description":"If true, don\'t block pod startup if the referenced ClusterTrustBundle(s) aren\'t available.  If using name, then the named ClusterTrustBundle is allowed not to exist.  If using signerName, then the combination of signerName and labelSelector is allowed to match zero ClusterTrustBundles.","type":"boolean"},"path":{"description":"Relative path from the volume root to write the bundle.","type":"string"},"signerName":{"description":"Select all ClusterTrustBundles that match this signer name. Mutually-exclusive with name.  The contents of all selected ClusterTrustBundles will be unified and deduplicated.","type":"string"}},"required":["path"],"type":"object"},"io.k8s.api.core.v1.ConfigMap":{"description":"ConfigMap holds configuration data for pods to consume.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"binaryData":{"additionalProperties":{"format":"byte","type":"string"},"description":"BinaryData contains the binary data. Each key must consist of alphanumeric characters, \'-\', \'_\' or \'.\'. BinaryData can contain byte sequences that are not in the UTF-8 range. The keys stored in BinaryData must not overlap with the ones in the Data field, this is enforced during validation process. Using this field will require 1.10+ apiserver and kubelet.","type":"object"},"data":{"additionalProperties":{"type":"string"},"description":"Data contains the configuration data. Each key must consist of alphanumeric characters, \'-\', \'_\' or \'.\'. Values with non-UTF-8 byte sequences must use the BinaryData field. The keys stored in Data must not overlap with the keys in the BinaryData field, this is enforced during validation process.","type":"object"},"immutable":{"description":"Immutable, if set to true, ensures that data stored in the ConfigMap cannot be updated (only object metadata can be modified). If not set to true, the field can be modified at any time. Defaulted to nil.","type":"boolean"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta","description":"Standard object\'s metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"}},"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"ConfigMap","version":"v1"}]},"io.k8s.api.core.v1.ConfigMapEnvSource":{"description":"ConfigMapEnvSource selects a ConfigMap to populate the environment variables with.\\n\\nThe contents of the target ConfigMap\'s Data field will represent the key-value pairs as environment variables.","properties":{"name":{"description":"Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names","type":"string"},"optional":{"description":"Specify whether the ConfigMap must be defined","type":"boolean"}},"type":"object"},"io.k8s.api.core.v1.ConfigMapKeySelector":{"description":"Selects a key from a ConfigMap.","properties":{"key":{"description":"The key to select.","type":"string"},"name":{"description":"Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names","type":"string"},"optional":{"description":"Specify whether the ConfigMap or its key must be defined","type":"boolean"}},"required":["key"],"type":"object","x-kubernetes-map-type":"atomic"},"io.k8s.api.core.v1.ConfigMapList":{"description":"ConfigMapList is a resource containing a list of ConfigMap objects.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"items":{"description":"Items is the list of ConfigMaps.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.ConfigMap"},"type":"array"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta","description":"More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"}},"required":["items"],"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"ConfigMapList","version":"v1"}]},"io.k8s.api.core.v1.ConfigMapNodeConfigSource":{"description":"ConfigMapNodeConfigSource contains the information to reference a ConfigMap as a config source for the Node. This API is deprecated since 1.22: https://git.k8s.io/enhancements/keps/sig-node/281-dynamic-kubelet-configuration","properties":{"kubeletConfigKey":{"description":"KubeletConfigKey declares which key of the referenced ConfigMap corresponds to the KubeletConfiguration structure This field is required in all cases.","type":"string"},"name":{"description":"Name is the metadata.name of the referenced ConfigMap. This field is required in all cases.","type":"string"},"namespace":{"description":"Namespace is the metadata.namespace of the referenced ConfigMap. This field is required in all cases.","type":"string"},"resourceVersion":{"description":"ResourceVersion is the metadata.ResourceVersion of the referenced ConfigMap. This field is forbidden in Node.Spec, and required in Node.Status.","type":"string"},"uid":{"description":"UID is the metadata.UID of the referenced ConfigMap. This field is forbidden in Node.Spec, and required in Node.Status.","type":"string"}},"required":["namespace","name","kubeletConfigKey"],"type":"object"},"io.k8s.api.core.v1.ConfigMapProjection":{"description":"Adapts a ConfigMap into a projected volume.\\n\\nThe contents of the target ConfigMap\'s Data field will be presented in a projected volume as files using the keys in the Data field as the file names, unless the items element is populated with specific mappings of keys to paths. Note that this is identical to a configmap volume source without the default mode.","properties":{"items":{"description":"items if unspecified, each key-value pair in the Data field of the referenced ConfigMap will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the ConfigMap, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the \'..\' path or start with \'..\'.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.KeyToPath"},"type":"array","x-kubernetes-list-type":"atomic"},"name":{"description":"Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names","type":"string"},"optional":{"description":"optional specify whether the ConfigMap or its keys must be defined","type":"boolean"}},"type":"object"},"io.k8s.api.core.v1.ConfigMapVolumeSource":{"description":"Adapts a ConfigMap into a volume.\\n\\nThe contents of the target ConfigMap\'s Data field will be presented in a volume as files using the keys in the Data field as the file names, unless the items element is populated with specific mappings of keys to paths. ConfigMap volumes support ownership management and SELinux relabeling.","properties":{"defaultMode":{"description":"defaultMode is optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Defaults to 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.","format":"int32","type":"integer"},"items":{"description":"items if unspecified, each key-value pair in the Data field of the referenced ConfigMap will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the ConfigMap, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the \'..\' path or start with \'..\'.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.KeyToPath"},"type":"array","x-kubernetes-list-type":"atomic"},"name":{"description":"Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names","type":"string"},"optional":{"description":"optional specify whether the ConfigMap or its keys must be defined","type":"boolean"}},"type":"object"},"io.k8s.api.core.v1.Container":{"description":"A single application container that you want to run within a pod.","properties":{"args":{"description":"Arguments to the entrypoint. The container image\'s CMD is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container\'s environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. \\"$$(VAR_NAME)\\" will produce the string literal \\"$(VAR_NAME)\\". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"command":{"description":"Entrypoint array. Not executed within a shell. The container image\'s ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container\'s environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. \\"$$(VAR_NAME)\\" will produce the string literal \\"$(VAR_NAME)\\". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"env":{"description":"List of environment variables to set in the container. Cannot be updated.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.EnvVar"},"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"name","x-kubernetes-patch-strategy":"merge"},"envFrom":{"description":"List of sources to populate environment variables in the container. The keys defined within a source may consist of any printable ASCII characters except \'=\'. When a key exists in multiple sources, the value associated with the last source will take precedence. Values defined by an Env with a duplicate key will take precedence. Cannot be updated.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.EnvFromSource"},"type":"array","x-kubernetes-list-type":"atomic"},"image":{"description":"Container image name. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets.","type":"string"},"imagePullPolicy":{"description":"Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images","type":"string"},"lifecycle":{"$ref":"#/definitions/io.k8s.api.core.v1.Lifecycle","description":"Actions that the management system should take in response to container lifecycle events. Cannot be updated."},"livenessProbe":{"$ref":"#/definitions/io.k8s.api.core.v1.Probe","description":"Periodic probe of container liveness. Container will be restarted if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes"},"name":{"description":"Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name (DNS_LABEL). Cannot be updated.","type":"string"},"ports":{"description":"List of ports to expose from the container. Not specifying a port here DOES NOT prevent that port from being exposed. Any port which is listening on the default \\"0.0.0.0\\" address inside a container will be accessible from the network. Modifying this array with strategic merge patch may corrupt the data. For more information See https://github.com/kubernetes/kubernetes/issues/108255. Cannot be updated.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.ContainerPort"},"type":"array","x-kubernetes-list-map-keys":["containerPort","protocol"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"containerPort","x-kubernetes-patch-strategy":"merge"},"readinessProbe":{"$ref":"#/definitions/io.k8s.api.core.v1.Probe","description":"Periodic probe of container service readiness. Container will be removed from service endpoints if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes"},"resizePolicy":{"description":"Resources resize policy for the container. This field cannot be set on ephemeral containers.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.ContainerResizePolicy"},"type":"array","x-kubernetes-list-type":"atomic"},"resources":{"$ref":"#/definitions/io.k8s.api.core.v1.ResourceRequirements","description":"Compute Resources required by this container. Cannot be updated. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"},"restartPolicy":{"description":"RestartPolicy defines the restart behavior of individual containers in a pod. This overrides the pod-level restart policy. When this field is not specified, the restart behavior is defined by the Pod\'s restart policy and the container type. Additionally, setting the RestartPolicy as \\"Always\\" for the init container will have the following effect: this init container will be continually restarted on exit until all regular containers have terminated. Once all regular containers have completed, all init containers with restartPolicy \\"Always\\" will be shut down. This lifecycle differs from normal init containers and is often referred to as a \\"sidecar\\" container. Although this init container still starts in the init container sequence, it does not wait for the container to complete before proceeding to the next init container. Instead, the next init container starts immediately after this init container is started, or after any startupProbe has successfully completed.","type":"string"},"restartPolicyRules":{"description":"Represents a list of rules to be checked to determine if the container should be restarted on exit. The rules are evaluated in order. Once a rule matches a container exit condition, the remaining rules are ignored. If no rule matches the container exit condition, the Container-level restart policy determines the whether the container is restarted or not. Constraints on the rules: - At most 20 rules are allowed. - Rules can have the same action. - Identical rules are not forbidden in validations. When rules are specified, container MUST set RestartPolicy explicitly even it if matches the Pod\'s RestartPolicy.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.ContainerRestartRule"},"type":"array","x-kubernetes-list-type":"atomic"},"securityContext":{"$ref":"#/definitions/io.k8s.api.core.v1.SecurityContext","description":"SecurityContext defines the security options the container should be run with. If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext. More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"},"startupProbe":{"$ref":"#/definitions/io.k8s.api.core.v1.Probe","description":"StartupProbe indicates that the Pod has successfully initialized. If specified, no other probes are executed until this completes successfully. If this probe fails, the Pod will be restarted, just as if the livenessProbe failed. This can be used to provide different probe parameters at the beginning of a Pod\'s lifecycle, when it might take a long time to load data or warm a cache, than during steady-state operation. This cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes"},"stdin":{"description":"Whether this container should allocate a buffer for stdin in the container runtime. If this is not set, reads from stdin in the container will always result in EOF. Default is false.","type":"boolean"},"stdinOnce":{"description":"Whether the container runtime should close the stdin channel after it has been opened by a single attach. When stdin is true the stdin stream will remain open across multiple attach sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the first client attaches to stdin, and then remains open and accepts data until the client disconnects, at which time stdin is closed and remains closed until the container is restarted. If this flag is false, a container processes that reads from stdin will never receive an EOF. Default is false","type":"boolean"},"terminationMessagePath":{"description":"Optional: Path at which the file to which the container\'s termination message will be written is mounted into the container\'s filesystem. Message written is intended to be brief final status, such as an assertion failure message. Will be truncated by the node if greater than 4096 bytes. The total message length across all containers will be limited to 12kb. Defaults to /dev/termination-log. Cannot be updated.","type":"string"},"terminationMessagePolicy":{"description":"Indicate how the termination message should be populated. File will use the contents of terminationMessagePath to populate the container status message on both success and failure. FallbackToLogsOnError will use the last chunk of container log output if the termination message file is empty and the container exited with an error. The log output is limited to 2048 bytes or 80 lines, whichever is smaller. Defaults to File. Cannot be updated.","type":"string"},"tty":{"description":"Whether this container should allocate a TTY for itself, also requires \'stdin\' to be true. Default is false.","type":"boolean"},"volumeDevices":{"description":"volumeDevices is the list of block devices to be used by the container.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.VolumeDevice"},"type":"array","x-kubernetes-list-map-keys":["devicePath"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"devicePath","x-kubernetes-patch-strategy":"merge"},"volumeMounts":{"description":"Pod volumes to mount into the container\'s filesystem. Cannot be updated.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.VolumeMount"},"type":"array","x-kubernetes-list-map-keys":["mountPath"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"mountPath","x-kubernetes-patch-strategy":"merge"},"workingDir":{"description":"Container\'s working directory. If not specified, the container runtime\'s default will be used, which might be configured in the container image. Cannot be updated.","type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.core.v1.ContainerExtendedResourceRequest":{"description":"ContainerExtendedResourceRequest has the mapping of container name, extended resource name to the device request name.","properties":{"containerName":{"description":"The name of the container requesting resources.","type":"string"},"requestName":{"description":"The name of the request in the special ResourceClaim which corresponds to the extended resource.","type":"string"},"resourceName":{"description":"The name of the extended resource in that container which gets backed by DRA.","type":"string"}},"required":["containerName","resourceName","requestName"],"type":"object"},"io.k8s.api.core.v1.ContainerImage":{"description":"Describe a container image","properties":{"names":{"description":"Names by which this image is known. e.g. [\\"kubernetes.example/hyperkube:v1.0.7\\", \\"cloud-vendor.registry.example/cloud-vendor/hyperkube:v1.0.7\\"]","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"sizeBytes":{"description":"The size of the image in bytes.","format":"int64","type":"integer"}},"type":"object"},"io.k8s.api.core.v1.ContainerPort":{"description":"ContainerPort represents a network port in a single container.","properties":{"containerPort":{"description":"Number of port to expose on the pod\'s IP address. This must be a valid port number, 0 < x < 65536.","format":"int32","type":"integer"},"hostIP":{"description":"What host IP to bind the external port to.","type":"string"},"hostPort":{"description":"Number of port to expose on the host. If specified, this must be a valid port number, 0 < x < 65536. If HostNetwork is specified, this must match ContainerPort. Most containers do not need this.","format":"int32","type":"integer"},"name":{"description":"If specified, this must be an IANA_SVC_NAME and unique within the pod. Each named port in a pod must have a unique name. Name for the port that can be referred to by services.","type":"string"},"protocol":{"description":"Protocol for port. Must be UDP, TCP, or SCTP. Defaults to \\"TCP\\".","type":"string"}},"required":["containerPort"],"type":"object"},"io.k8s.api.core.v1.ContainerResizePolicy":{"description":"ContainerResizePolicy represents resource resize policy for the container.","properties":{"resourceName":{"description":"Name of the resource to which this resource resize policy applies. Supported values: cpu, memory.","type":"string"},"restartPolicy":{"description":"Restart policy to apply when specified resource is resized. If not specified, it defaults to NotRequired.","type":"string"}},"required":["resourceName","restartPolicy"],"type":"object"},"io.k8s.api.core.v1.ContainerRestartRule":{"description":"ContainerRestartRule describes how a container exit is handled.","properties":{"action":{"description":"Specifies the action taken on a container exit if the requirements are satisfied. The only possible value is \\"Restart\\" to restart the container.","type":"string"},"exitCodes":{"$ref":"#/definitions/io.k8s.api.core.v1.ContainerRestartRuleOnExitCodes","description":"Represents the exit codes to check on container exits."}},"required":["action"],"type":"object"},"io.k8s.api.core.v1.ContainerRestartRuleOnExitCodes":{"description":"ContainerRestartRuleOnExitCodes describes the condition for handling an exited container based on its exit codes.","properties":{"operator":{"description":"Represents the relationship between the container exit code(s) and the specified values. Possible values are: - In: the requirement is satisfied if the container exit code is in the\\n  set of specified values.\\n- NotIn: the requirement is satisfied if the container exit code is\\n  not in the set of specified values.","type":"string"},"values":{"description":"Specifies the set of values to check for container exit codes. At most 255 elements are allowed.","items":{"format":"int32","type":"integer"},"type":"array","x-kubernetes-list-type":"set"}},"required":["operator"],"type":"object"},"io.k8s.api.core.v1.ContainerState":{"description":"ContainerState holds a possible state of container. Only one of its members may be specified. If none of them is specified, the default one is ContainerStateWaiting.","properties":{"running":{"$ref":"#/definitions/io.k8s.api.core.v1.ContainerStateRunning","description":"Details about a running container"},"terminated":{"$ref":"#/definitions/io.k8s.api.core.v1.ContainerStateTerminated","description":"Details about a terminated container"},"waiting":{"$ref":"#/definitions/io.k8s.api.core.v1.ContainerStateWaiting","description":"Details about a waiting container"}},"type":"object"},"io.k8s.api.core.v1.ContainerStateRunning":{"description":"ContainerStateRunning is a running state of a container.","properties":{"startedAt":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time","description":"Time at which the container was last (re-)started"}},"type":"object"},"io.k8s.api.core.v1.ContainerStateTerminated":{"description":"ContainerStateTerminated is a terminated state of a container.","properties":{"containerID":{"description":"Container\'s ID in the format \'<type>://<container_id>\'","type":"string"},"exitCode":{"description":"Exit status from the last termination of the container","format":"int32","type":"integer"},"finishedAt":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time","description":"Time at which the container last terminated"},"message":{"description":"Message regarding the last termination of the container","type":"string"},"reason":{"description":"(brief) reason from the last termination of the container","type":"string"},"signal":{"description":"Signal from the last termination of the container","format":"int32","type":"integer"},"startedAt":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time","description":"Time at which previous execution of the container started"}},"required":["exitCode"],"type":"object"},"io.k8s.api.core.v1.ContainerStateWaiting":{"description":"ContainerStateWaiting is a waiting state of a container.","properties":{"message":{"description":"Message regarding why the container is not yet running.","type":"string"},"reason":{"description":"(brief) reason the container is not yet running.","type":"string"}},"type":"object"},"io.k8s.api.core.v1.ContainerStatus":{"description":"ContainerStatus contains details for the current status of this container.","properties":{"allocatedResources":{"additionalProperties":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"},"description":"AllocatedResources represents the compute resources allocated for this container by the node. Kubelet sets this value to Container.Resources.Requests upon successful pod admission and after successfully admitting desired pod resize.","type":"object"},"allocatedResourcesStatus":{"description":"AllocatedResourcesStatus represents the status of various resources allocated for this Pod.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.ResourceStatus"},"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"name","x-kubernetes-patch-strategy":"merge"},"containerID":{"description":"ContainerID is the ID of the container in the format \'<type>://<container_id>\'. Where type is a container runtime identifier, returned from Version call of CRI API (for example \\"containerd\\").","type":"string"},"image":{"description":"Image is the name of container image that the container is running. The container image may not match the image used in the PodSpec, as it may have been resolved by the runtime. More info: https://kubernetes.io/docs/concepts/containers/images.","type":"string"},"imageID":{"description":"ImageID is the image ID of the container\'s image. The image ID may not match the image ID of the image used in the PodSpec, as it may have been resolved by the runtime.","type":"string"},"lastState":{"$ref":"#/definitions/io.k8s.api.core.v1.ContainerState","description":"LastTerminationState holds the last termination state of the container to help debug container crashes and restarts. This field is not populated if the container is still running and RestartCount is 0."},"name":{"description":"Name is a DNS_LABEL representing the unique name of the container. Each container in a pod must have a unique name across all container types. Cannot be updated.","type":"string"},"ready":{"description":"Ready specifies whether the container is currently passing its readiness check. The value will change as readiness probes keep executing. If no readiness probes are specified, this field defaults to true once the container is fully started (see Started field).\\n\\nThe value is typically used to determine whether a container is ready to accept traffic.","type":"boolean"},"resources":{"$ref":"#/definitions/io.k8s.api.core.v1.ResourceRequirements","description":"Resources represents the compute resource requests and limits that have been successfully enacted on the running container after it has been started or has been successfully resized."},"restartCount":{"description":"RestartCount holds the number of times the container has been restarted. Kubelet makes an effort to always increment the value, but there are cases when the state may be lost due to node restarts and then the value may be reset to 0. The value is never negative.","format":"int32","type":"integer"},"started":{"description":"Started indicates whether the container has finished its postStart lifecycle hook and passed its startup probe. Initialized as false, becomes true after startupProbe is considered successful. Resets to false when the container is restarted, or if kubelet loses state temporarily. In both cases, startup probes will run again. Is always true when no startupProbe is defined and container is running and has passed the postStart lifecycle hook. The null value must be treated the same as false.","type":"boolean"},"state":{"$ref":"#/definitions/io.k8s.api.core.v1.ContainerState","description":"State holds details about the container\'s current condition."},"stopSignal":{"description":"StopSignal reports the effective stop signal for this container","type":"string"},"user":{"$ref":"#/definitions/io.k8s.api.core.v1.ContainerUser","description":"User represents user identity information initially attached to the first process of the container"},"volumeMounts":{"description":"Status of volume mounts.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.VolumeMountStatus"},"type":"array","x-kubernetes-list-map-keys":["mountPath"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"mountPath","x-kubernetes-patch-strategy":"merge"}},"required":["name","ready","restartCount","image","imageID"],"type":"object"},"io.k8s.api.core.v1.ContainerUser":{"description":"ContainerUser represents user identity information","properties":{"linux":{"$ref":"#/definitions/io.k8s.api.core.v1.LinuxContainerUser","description":"Linux holds user identity information initially attached to the first process of the containers in Linux. Note that the actual running identity can be changed if the process has enough privilege to do so."}},"type":"object"},"io.k8s.api.core.v1.DaemonEndpoint":{"description":"DaemonEndpoint contains information about a single Daemon endpoint.","properties":{"Port":{"description":"Port number of the given endpoint.","format":"int32","type":"integer"}},"required":["Port"],"type":"object"},"io.k8s.api.core.v1.DownwardAPIProjection":{"description":"Represents downward API info for projecting into a projected volume. Note that this is identical to a downwardAPI volume source without the default mode.","properties":{"items":{"description":"Items is a list of DownwardAPIVolume file","items":{"$ref":"#/definitions/io.k8s.api.core.v1.DownwardAPIVolumeFile"},"type":"array","x-kubernetes-list-type":"atomic"}},"type":"object"},"io.k8s.api.core.v1.DownwardAPIVolumeFile":{"description":"DownwardAPIVolumeFile represents information to create the file containing the pod field","properties":{"fieldRef":{"$ref":"#/definitions/io.k8s.api.core.v1.ObjectFieldSelector","description":"Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported."},"mode":{"description":"Optional: mode bits used to set permissions on this file, must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. If not specified, the volume defaultMode will be used. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.","format":"int32","type":"integer"},"path":{"description":"Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the \'..\' path. Must be utf-8 encoded. The first item of the relative path must not start with \'..\'","type":"string"},"resourceFieldRef":{"$ref":"#/definitions/io.k8s.api.core.v1.ResourceFieldSelector","description":"Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported."}},"required":["path"],"type":"object"},"io.k8s.api.core.v1.DownwardAPIVolumeSource":{"description":"DownwardAPIVolumeSource represents a volume containing downward API info. Downward API volumes support ownership management and SELinux relabeling.","properties":{"defaultMode":{"description":"Optional: mode bits to use on created files by default. Must be a Optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Defaults to 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.","format":"int32","type":"integer"},"items":{"description":"Items is a list of downward API volume file","items":{"$ref":"#/definitions/io.k8s.api.core.v1.DownwardAPIVolumeFile"},"type":"array","x-kubernetes-list-type":"atomic"}},"type":"object"},"io.k8s.api.core.v1.EmptyDirVolumeSource":{"description":"Represents an empty directory for a pod. Empty directory volumes support ownership management and SELinux relabeling.","properties":{"medium":{"description":"medium represents what type of storage medium should back this directory. The default is \\"\\" which means to use the node\'s default medium. Must be an empty string (default) or Memory. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir","type":"string"},"sizeLimit":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity","description":"sizeLimit is the total amount of local storage required for this EmptyDir volume. The size limit is also applicable for memory medium. The maximum usage on memory medium EmptyDir would be the minimum value between the SizeLimit specified here and the sum of memory limits of all containers in a pod. The default is nil which means that the limit is undefined. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir"}},"type":"object"},"io.k8s.api.core.v1.EnvFromSource":{"description":"EnvFromSource represents the source of a set of ConfigMaps or Secrets","properties":{"configMapRef":{"$ref":"#/definitions/io.k8s.api.core.v1.ConfigMapEnvSource","description":"The ConfigMap to select from"},"prefix":{"description":"Optional text to prepend to the name of each environment variable. May consist of any printable ASCII characters except \'=\'.","type":"string"},"secretRef":{"$ref":"#/definitions/io.k8s.api.core.v1.SecretEnvSource","description":"The Secret to select from"}},"type":"object"},"io.k8s.api.core.v1.EnvVar":{"description":"EnvVar represents an environment variable present in a Container.","properties":{"name":{"description":"Name of the environment variable. May consist of any printable ASCII characters except \'=\'.","type":"string"},"value":{"description":"Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. \\"$$(VAR_NAME)\\" will produce the string literal \\"$(VAR_NAME)\\". Escaped references will never be expanded, regardless of whether the variable exists or not. Defaults to \\"\\".","type":"string"},"valueFrom":{"$ref":"#/definitions/io.k8s.api.core.v1.EnvVarSource","description":"Source for the environment variable\'s value. Cannot be used if value is not empty."}},"required":["name"],"type":"object"},"io.k8s.api.core.v1.EnvVarSource":{"description":"EnvVarSource represents a source for the value of an EnvVar.","properties":{"configMapKeyRef":{"$ref":"#/definitions/io.k8s.api.core.v1.ConfigMapKeySelector","description":"Selects a key of a ConfigMap."},"fieldRef":{"$ref":"#/definitions/io.k8s.api.core.v1.ObjectFieldSelector","description":"Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels[\'<KEY>\']`, `metadata.annotations[\'<KEY>\']`, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs."},"fileKeyRef":{"$ref":"#/definitions/io.k8s.api.core.v1.FileKeySelector","description":"FileKeyRef selects a key of the env file. Requires the EnvFiles feature gate to be enabled."},"resourceFieldRef":{"$ref":"#/definitions/io.k8s.api.core.v1.ResourceFieldSelector","description":"Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported."},"secretKeyRef":{"$ref":"#/definitions/io.k8s.api.core.v1.SecretKeySelector","description":"Selects a key of a secret in the pod\'s namespace"}},"type":"object"},"io.k8s.api.core.v1.EphemeralContainer":{"description":"An EphemeralContainer is a temporary container that you may add to an existing Pod for user-initiated activities such as debugging. Ephemeral containers have no resource or scheduling guarantees, and they will not be restarted when they exit or when a Pod is removed or restarted. The kubelet may evict a Pod if an ephemeral container causes the Pod to exceed its resource allocation.\\n\\nTo add an ephemeral container, use the ephemeralcontainers subresource of an existing Pod. Ephemeral containers may not be removed or restarted.","properties":{"args":{"description":"Arguments to the entrypoint. The image\'s CMD is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container\'s environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. \\"$$(VAR_NAME)\\" will produce the string literal \\"$(VAR_NAME)\\". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"command":{"description":"Entrypoint array. Not executed within a shell. The image\'s ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container\'s environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. \\"$$(VAR_NAME)\\" will produce the string literal \\"$(VAR_NAME)\\". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"env":{"description":"List of environment variables to set in the container. Cannot be updated.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.EnvVar"},"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"name","x-kubernetes-patch-strategy":"merge"},"envFrom":{"description":"List of sources to populate environment variables in the container. The keys defined within a source may consist of any printable ASCII characters except \'=\'. When a key exists in multiple sources, the value associated with the last source will take precedence. Values defined by an Env with a duplicate key will take precedence. Cannot be updated.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.EnvFromSource"},"type":"array","x-kubernetes-list-type":"atomic"},"image":{"description":"Container image name. More info: https://kubernetes.io/docs/concepts/containers/images","type":"string"},"imagePullPolicy":{"description":"Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images","type":"string"},"lifecycle":{"$ref":"#/definitions/io.k8s.api.core.v1.Lifecycle","description":"Lifecycle is not allowed for ephemeral containers."},"livenessProbe":{"$ref":"#/definitions/io.k8s.api.core.v1.Probe","description":"Probes are not allowed for ephemeral containers."},"name":{"description":"Name of the ephemeral container specified as a DNS_LABEL. This name must be unique among all containers, init containers and ephemeral containers.","type":"string"},"ports":{"description":"Ports are not allowed for ephemeral containers.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.ContainerPort"},"type":"array","x-kubernetes-list-map-keys":["containerPort","protocol"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"containerPort","x-kubernetes-patch-strategy":"merge"},"readinessProbe":{"$ref":"#/definitions/io.k8s.api.core.v1.Probe","description":"Probes are not allowed for ephemeral containers."},"resizePolicy":{"description":"Resources resize policy for the container.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.ContainerResizePolicy"},"type":"array","x-kubernetes-list-type":"atomic"},"resources":{"$ref":"#/definitions/io.k8s.api.core.v1.ResourceRequirements","description":"Resources are not allowed for ephemeral containers. Ephemeral containers use spare resources already allocated to the pod."},"restartPolicy":{"description":"Restart policy for the container to manage the restart behavior of each container within a pod. You cannot set this field on ephemeral containers.","type":"string"},"restartPolicyRules":{"description":"Represents a list of rules to be checked to determine if the container should be restarted on exit. You cannot set this field on ephemeral containers.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.ContainerRestartRule"},"type":"array","x-kubernetes-list-type":"atomic"},"securityContext":{"$ref":"#/definitions/io.k8s.api.core.v1.SecurityContext","description":"Optional: SecurityContext defines the security options the ephemeral container should be run with. If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext."},"startupProbe":{"$ref":"#/definitions/io.k8s.api.core.v1.Probe","description":"Probes are not allowed for ephemeral containers."},"stdin":{"description":"Whether this container should allocate a buffer for stdin in the container runtime. If this is not set, reads from stdin in the container will always result in EOF. Default is false.","type":"boolean"},"stdinOnce":{"description":"Whether the container runtime should close the stdin channel after it has been opened by a single attach. When stdin is true the stdin stream will remain open across multiple attach sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the first client attaches to stdin, and then remains open and accepts data until the client disconnects, at which time stdin is closed and remains closed until the container is restarted. If this flag is false, a container processes that reads from stdin will never receive an EOF. Default is false","type":"boolean"},"targetContainerName":{"description":"If set, the name of the container from PodSpec that this ephemeral container targets. The ephemeral container will be run in the namespaces (IPC, PID, etc) of this container. If not set then the ephemeral container uses the namespaces configured in the Pod spec.\\n\\nThe container runtime must implement support for this feature. If the runtime does not support namespace targeting then the result of setting this field is undefined.","type":"string"},"terminationMessagePath":{"description":"Optional: Path at which the file to which the container\'s termination message will be written is mounted into the container\'s filesystem. Message written is intended to be brief final status, such as an assertion failure message. Will be truncated by the node if greater than 4096 bytes. The total message length across all containers will be limited to 12kb. Defaults to /dev/termination-log. Cannot be updated.","type":"string"},"terminationMessagePolicy":{"description":"Indicate how the termination message should be populated. File will use the contents of terminationMessagePath to populate the container status message on both success and failure. FallbackToLogsOnError will use the last chunk of container log output if the termination message file is empty and the container exited with an error. The log output is limited to 2048 bytes or 80 lines, whichever is smaller. Defaults to File. Cannot be updated.","type":"string"},"tty":{"description":"Whether this container should allocate a TTY for itself, also requires \'stdin\' to be true. Default is false.","type":"boolean"},"volumeDevices":{"description":"volumeDevices is the list of block devices to be used by the container.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.VolumeDevice"},"type":"array","x-kubernetes-list-map-keys":["devicePath"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"devicePath","x-kubernetes-patch-strategy":"merge"},"volumeMounts":{"description":"Pod volumes to mount into the container\'s filesystem. Subpath mounts are not allowed for ephemeral containers. Cannot be updated.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.VolumeMount"},"type":"array","x-kubernetes-list-map-keys":["mountPath"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"mountPath","x-kubernetes-patch-strategy":"merge"},"workingDir":{"description":"Container\'s working directory. If not specified, the container runtime\'s default will be used, which might be configured in the container image. Cannot be updated.","type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.core.v1.EphemeralVolumeSource":{"description":"Represents an ephemeral volume that is handled by a normal storage driver.","properties":{"volumeClaimTemplate":{"$ref":"#/definitions/io.k8s.api.core.v1.PersistentVolumeClaimTemplate","description":"Will be used to create a stand-alone PVC to provision the volume. The pod in which this EphemeralVolumeSource is embedded will be the owner of the PVC, i.e. the PVC will be deleted together with the pod.  The name of the PVC will be `<pod name>-<volume name>` where `<volume name>` is the name from the `PodSpec.Volumes` array entry. Pod validation will reject the pod if the concatenated name is not valid for a PVC (for example, too long).\\n\\nAn existing PVC with that name that is not owned by the pod will *not* be used for the pod to avoid using an unrelated volume by mistake. Starting the pod is then blocked until the unrelated PVC is removed. If such a pre-created PVC is meant to be used by the pod, the PVC has to updated with an owner reference to the pod once the pod exists. Normally this should not be necessary, but it may be useful when manually reconstructing a broken cluster.\\n\\nThis field is read-only and no changes will be made by Kubernetes to the PVC after it has been created.\\n\\nRequired, must not be nil."}},"type":"object"},"io.k8s.api.core.v1.Event":{"description":"Event is a report of an event somewhere in the cluster.  Events have a limited retention time and triggers and messages may evolve with time.  Event consumers should not rely on the timing of an event with a given Reason reflecting a consistent underlying trigger, or the continued existence of events with that Reason.  Events should be treated as informative, best-effort, supplemental data.","properties":{"action":{"description":"What action was taken/failed regarding to the Regarding object.","type":"string"},"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"count":{"description":"The number of times this event has occurred.","format":"int32","type":"integer"},"eventTime":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime","description":"Time when this Event was first observed."},"firstTimestamp":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time","description":"The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)"},"involvedObject":{"$ref":"#/definitions/io.k8s.api.core.v1.ObjectReference","description":"The object that this event is about."},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"lastTimestamp":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time","description":"The time at which the most recent occurrence of this event was recorded."},"message":{"description":"A human-readable description of the status of this operation.","type":"string"},"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta","description":"Standard object\'s metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"},"reason":{"description":"This should be a short, machine understandable string that gives the reason for the transition into the object\'s current status.","type":"string"},"related":{"$ref":"#/definitions/io.k8s.api.core.v1.ObjectReference","description":"Optional secondary object for more complex actions."},"reportingComponent":{"description":"Name of the controller that emitted this Event, e.g. `kubernetes.io/kubelet`.","type":"string"},"reportingInstance":{"description":"ID of the controller instance, e.g. `kubelet-xyzf`.","type":"string"},"series":{"$ref":"#/definitions/io.k8s.api.core.v1.EventSeries","description":"Data about the Event series this event represents or nil if it\'s a singleton Event."},"source":{"$ref":"#/definitions/io.k8s.api.core.v1.EventSource","description":"The component reporting this event. Should be a short machine understandable string."},"type":{"description":"Type of this event (Normal, Warning), new types could be added in the future","type":"string"}},"required":["metadata","involvedObject"],"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"Event","version":"v1"}]},"io.k8s.api.core.v1.EventList":{"description":"EventList is a list of events.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"items":{"description":"List of events","items":{"$ref":"#/definitions/io.k8s.api.core.v1.Event"},"type":"array"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta","description":"Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"}},"required":["items"],"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"EventList","version":"v1"}]},"io.k8s.api.core.v1.EventSeries":{"description":"EventSeries contain information on series of events, i.e. thing that was/is happening continuously for some time.","properties":{"count":{"description":"Number of occurrences in this series up to the last heartbeat time","format":"int32","type":"integer"},"lastObservedTime":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime","description":"Time of the last occurrence observed"}},"type":"object"},"io.k8s.api.core.v1.EventSource":{"description":"EventSource contains information for an event.","properties":{"component":{"description":"Component from which the event is generated.","type":"string"},"host":{"description":"Node name on which the event is generated.","type":"string"}},"type":"object"},"io.k8s.api.core.v1.ExecAction":{"description":"ExecAction describes a \\"run in container\\" action.","properties":{"command":{"description":"Command is the command line to execute inside the container, the working directory for the command  is root (\'/\') in the container\'s filesystem. The command is simply exec\'d, it is not run inside a shell, so traditional shell instructions (\'|\', etc) won\'t work. To use a shell, you need to explicitly call out to that shell. Exit status of 0 is treated as live/healthy and non-zero is unhealthy.","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"}},"type":"object"},"io.k8s.api.core.v1.FCVolumeSource":{"description":"Represents a Fibre Channel volume. Fibre Channel volumes can only be mounted as read/write once. Fibre Channel volumes support ownership management and SELinux relabeling.","properties":{"fsType":{"description":"fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. \\"ext4\\", \\"xfs\\", \\"ntfs\\". Implicitly inferred to be \\"ext4\\" if unspecified.","type":"string"},"lun":{"description":"lun is Optional: FC target lun number","format":"int32","type":"integer"},"readOnly":{"description":"readOnly is Optional: Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.","type":"boolean"},"targetWWNs":{"description":"targetWWNs is Optional: FC target worldwide names (WWNs)","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"wwids":{"description":"wwids Optional: FC volume world wide identifiers (wwids) Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"}},"type":"object"},"io.k8s.api.core.v1.FileKeySelector":{"description":"FileKeySelector selects a key of the env file.","properties":{"key":{"description":"The key within the env file. An invalid key will prevent the pod from starting. The keys defined within a source may consist of any printable ASCII characters except \'=\'. During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.","type":"string"},"optional":{"description":"Specify whether the file or its key must be defined. If the file or key does not exist, then the env var is not published. If optional is set to true and the specified key does not exist, the environment variable will not be set in the Pod\'s containers.\\n\\nIf optional is set to false and the specified key does not exist, an error will be returned during Pod creation.","type":"boolean"},"path":{"description":"The path within the volume from which to select the file. Must be relative and may not contain the \'..\' path or start with \'..\'.","type":"string"},"volumeName":{"description":"The name of the volume mount containing the env file.","type":"string"}},"required":["volumeName","path","key"],"type":"object","x-kubernetes-map-type":"atomic"},"io.k8s.api.core.v1.FlexVolumeSource":{"description":"FlexVolume represents a generic volume resource that is provisioned/attached using an exec based plugin.","properties":{"driver":{"description":"driver is the name of the driver to use for this volume.","type":"string"},"fsType":{"description":"fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. \\"ext4\\", \\"xfs\\", \\"ntfs\\". The default filesystem depends on FlexVolume script.","type":"string"},"options":{"additionalProperties":{"type":"string"},"description":"options is Optional: this field holds extra command options if any.","type":"object"},"readOnly":{"description":"readOnly is Optional: defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.","type":"boolean"},"secretRef":{"$ref":"#/definitions/io.k8s.api.core.v1.LocalObjectReference","description":"secretRef is Optional: secretRef is reference to the secret object containing sensitive information to pass to the plugin scripts. This may be empty if no secret object is specified. If the secret object contains more than one secret, all secrets are passed to the plugin scripts."}},"required":["driver"],"type":"object"},"io.k8s.api.core.v1.FlockerVolumeSource":{"description":"Represents a Flocker volume mounted by the Flocker agent. One and only one of datasetName and datasetUUID should be set. Flocker volumes do not support ownership management or SELinux relabeling.","properties":{"datasetName":{"description":"datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker should be considered as deprecated","type":"string"},"datasetUUID":{"description":"datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset","type":"string"}},"type":"object"},"io.k8s.api.core.v1.GCEPersistentDiskVolumeSource":{"description":"Represents a Persistent Disk resource in Google Compute Engine.\\n\\nA GCE PD must exist before mounting to a container. The disk must also be in the same GCE project and zone as the kubelet. A GCE PD can only be mounted as read/write once or read-only many times. GCE PDs support ownership management and SELinux relabeling.","properties":{"fsType":{"description":"fsType is filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: \\"ext4\\", \\"xfs\\", \\"ntfs\\". Implicitly inferred to be \\"ext4\\" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk","type":"string"},"partition":{"description":"partition is the partition in the volume that you want to mount. If omitted, the default is to mount by volume name. Examples: For volume /dev/sda1, you specify the partition as \\"1\\". Similarly, the volume partition for /dev/sda is \\"0\\" (or you can leave the property empty). More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk","format":"int32","type":"integer"},"pdName":{"description":"pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk","type":"string"},"readOnly":{"description":"readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk","type":"boolean"}},"required":["pdName"],"type":"object"},"io.k8s.api.core.v1.GRPCAction":{"description":"GRPCAction specifies an action involving a GRPC service.","properties":{"port":{"description":"Port number of the gRPC service. Number must be in the range 1 to 65535.","format":"int32","type":"integer"},"service":{"description":"Service is the name of the service to place in the gRPC HealthCheckRequest (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).\\n\\nIf this is not specified, the default behavior is defined by gRPC.","type":"string"}},"required":["port"],"type":"object"},"io.k8s.api.core.v1.GitRepoVolumeSource":{"description":"Represents a volume that is populated with the contents of a git repository. Git repo volumes do not support ownership management. Git repo volumes support SELinux relabeling.\\n\\nDEPRECATED: GitRepo is deprecated. To provision a container with a git repo, mount an EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir into the Pod\'s container.","properties":{"directory":{"description":"directory is the target directory name. Must not contain or start with \'..\'.  If \'.\' is supplied, the volume directory will be the git repository.  Otherwise, if specified, the volume will contain the git repository in the subdirectory with the given name.","type":"string"},"repository":{"description":"repository is the URL","type":"string"},"revision":{"description":"revision is the commit hash for the specified revision.","type":"string"}},"required":["repository"],"type":"object"},"io.k8s.api.core.v1.GlusterfsVolumeSource":{"description":"Represents a Glusterfs mount that lasts the lifetime of a pod. Glusterfs volumes do not support ownership management or SELinux relabeling.","properties":{"endpoints":{"description":"endpoints is the endpoint name that details Glusterfs topology.","type":"string"},"path":{"description":"path is the Glusterfs volume path. More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod","type":"string"},"readOnly":{"description":"readOnly here will force the Glusterfs volume to be mounted with read-only permissions. Defaults to false. More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod","type":"boolean"}},"required":["endpoints","path"],"type":"object"},"io.k8s.api.core.v1.HTTPGetAction":{"description":"HTTPGetAction describes an action based on HTTP Get requests.","properties":{"host":{"description":"Host name to connect to, defaults to the pod IP. You probably want to set \\"Host\\" in httpHeaders instead.","type":"string"},"httpHeaders":{"description":"Custom headers to set in the request. HTTP allows repeated headers.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.HTTPHeader"},"type":"array","x-kubernetes-list-type":"atomic"},"path":{"description":"Path to access on the HTTP server.","type":"string"},"port":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString","description":"Name or number of the port to access on the container. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME."},"scheme":{"description":"Scheme to use for connecting to the host. Defaults to HTTP.","type":"string"}},"required":["port"],"type":"object"},"io.k8s.api.core.v1.HTTPHeader":{"description":"HTTPHeader describes a custom header to be used in HTTP probes","properties":{"name":{"description":"The header field name. This will be canonicalized upon output, so case-variant names will be understood as the same header.","type":"string"},"value":{"description":"The header field value","type":"string"}},"required":["name","value"],"type":"object"},"io.k8s.api.core.v1.HostAlias":{"description":"HostAlias holds the mapping between IP and hostnames that will be injected as an entry in the pod\'s hosts file.","properties":{"hostnames":{"description":"Hostnames for the above IP address.","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"ip":{"description":"IP address of the host file entry.","type":"string"}},"required":["ip"],"type":"object"},"io.k8s.api.core.v1.HostIP":{"description":"HostIP represents a single IP address allocated to the host.","properties":{"ip":{"description":"IP is the IP address assigned to the host","type":"string"}},"required":["ip"],"type":"object"},"io.k8s.api.core.v1.HostPathVolumeSource":{"description":"Represents a host path mapped into a pod. Host path volumes do not support ownership management or SELinux relabeling.","properties":{"path":{"description":"path of the directory on the host. If the path is a symlink, it will follow the link to the real path. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath","type":"string"},"type":{"description":"type for HostPath Volume Defaults to \\"\\" More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath","type":"string"}},"required":["path"],"type":"object"},"io.k8s.api.core.v1.ISCSIVolumeSource":{"description":"Represents an ISCSI disk. ISCSI volumes can only be mounted as read/write once. ISCSI volumes support ownership management and SELinux relabeling.","properties":{"chapAuthDiscovery":{"description":"chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication","type":"boolean"},"chapAuthSession":{"description":"chapAuthSession defines whether support iSCSI Session CHAP authentication","type":"boolean"},"fsType":{"description":"fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: \\"ext4\\", \\"xfs\\", \\"ntfs\\". Implicitly inferred to be \\"ext4\\" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#iscsi","type":"string"},"initiatorName":{"description":"initiatorName is the custom iSCSI Initiator Name. If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface <target portal>:<volume name> will be created for the connection.","type":"string"},"iqn":{"description":"iqn is the target iSCSI Qualified Name.","type":"string"},"iscsiInterface":{"description":"iscsiInterface is the interface Name that uses an iSCSI transport. Defaults to \'default\' (tcp).","type":"string"},"lun":{"description":"lun represents iSCSI Target Lun number.","format":"int32","type":"integer"},"portals":{"description":"portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port is other than default (typically TCP ports 860 and 3260).","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"readOnly":{"description":"readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false.","type":"boolean"},"secretRef":{"$ref":"#/definitions/io.k8s.api.core.v1.LocalObjectReference","description":"secretRef is the CHAP Secret for iSCSI target and initiator authentication"},"targetPortal":{"description":"targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port is other than default (typically TCP ports 860 and 3260).","type":"string"}},"required":["targetPortal","iqn","lun"],"type":"object"},"io.k8s.api.core.v1.ImageVolumeSource":{"description":"ImageVolumeSource represents a image volume resource.","properties":{"pullPolicy":{"description":"Policy for pulling OCI objects. Possible values are: Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails. Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn\'t present. IfNotPresent: the kubelet pulls if the reference isn\'t already present on disk. Container creation will fail if the reference isn\'t present and the pull fails. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.","type":"string"},"reference":{"description":"Required: Image or artifact reference to be used. Behaves in the same way as pod.spec.containers[*].image. Pull secrets will be assembled in the same way as for the container image by looking up node credentials, SA image pull secrets, and pod spec image pull secrets. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets.","type":"string"}},"type":"object"},"io.k8s.api.core.v1.ImageVolumeStatus":{"description":"ImageVolumeStatus represents the image-based volume status.","properties":{"imageRef":{"description":"ImageRef is the digest of the image used for this volume. It should have a value that\'s similar to the pod\'s status.containerStatuses[i].imageID. The ImageRef length should not exceed 256 characters.","type":"string"}},"required":["imageRef"],"type":"object"},"io.k8s.api.core.v1.KeyToPath":{"description":"Maps a string key to a path within a volume.","properties":{"key":{"description":"key is the key to project.","type":"string"},"mode":{"description":"mode is Optional: mode bits used to set permissions on this file. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. If not specified, the volume defaultMode will be used. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.","format":"int32","type":"integer"},"path":{"description":"path is the relative path of the file to map the key to. May not be an absolute path. May not contain the path element \'..\'. May not start with the string \'..\'.","type":"string"}},"required":["key","path"],"type":"object"},"io.k8s.api.core.v1.Lifecycle":{"description":"Lifecycle describes actions that the management system should take in response to container lifecycle events. For the PostStart and PreStop lifecycle handlers, management of the container blocks until the action is complete, unless the container process fails, in which case the handler is aborted.","properties":{"postStart":{"$ref":"#/definitions/io.k8s.api.core.v1.LifecycleHandler","description":"PostStart is called immediately after a container is created. If the handler fails, the container is terminated and restarted according to its restart policy. Other management of the container blocks until the hook completes. More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks"},"preStop":{"$ref":"#/definitions/io.k8s.api.core.v1.LifecycleHandler","description":"PreStop is called immediately before a container is terminated due to an API request or management event such as liveness/startup probe failure, preemption, resource contention, etc. The handler is not called if the container crashes or exits. The Pod\'s termination grace period countdown begins before the PreStop hook is executed. Regardless of the outcome of the handler, the container will eventually terminate within the Pod\'s termination grace period (unless delayed by finalizers). Other management of the container blocks until the hook completes or until the termination grace period is reached. More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks"},"stopSignal":{"description":"StopSignal defines which signal will be sent to a container when it is being stopped. If not specified, the default is defined by the container runtime in use. StopSignal can only be set for Pods with a non-empty .spec.os.name","type":"string"}},"type":"object"},"io.k8s.api.core.v1.LifecycleHandler":{"description":"LifecycleHandler defines a specific action that should be taken in a lifecycle hook. One and only one of the fields, except TCPSocket must be specified.","properties":{"exec":{"$ref":"#/definitions/io.k8s.api.core.v1.ExecAction","description":"Exec specifies a command to execute in the container."},"httpGet":{"$ref":"#/definitions/io.k8s.api.core.v1.HTTPGetAction","description":"HTTPGet specifies an HTTP GET request to perform."},"sleep":{"$ref":"#/definitions/io.k8s.api.core.v1.SleepAction","description":"Sleep represents a duration that the container should sleep."},"tcpSocket":{"$ref":"#/definitions/io.k8s.api.core.v1.TCPSocketAction","description":"Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept for backward compatibility. There is no validation of this field and lifecycle hooks will fail at runtime when it is specified."}},"type":"object"},"io.k8s.api.core.v1.LinuxContainerUser":{"description":"LinuxContainerUser represents user identity information in Linux containers","properties":{"gid":{"description":"GID is the primary gid initially attached to the first process in the container","format":"int64","type":"integer"},"supplementalGroups":{"description":"SupplementalGroups are the supplemental groups initially attached to the first process in the container","items":{"format":"int64","type":"integer"},"type":"array","x-kubernetes-list-type":"atomic"},"uid":{"description":"UID is the primary uid initially attached to the first process in the container","format":"int64","type":"integer"}},"required":["uid","gid"],"type":"object"},"io.k8s.api.core.v1.LoadBalancerIngress":{"description":"LoadBalancerIngress represents the status of a load-balancer ingress point: traffic intended for the service should be sent to an ingress point.","properties":{"hostname":{"description":"Hostname is set for load-balancer ingress points that are DNS based (typically AWS load-balancers)","type":"string"},"ip":{"description":"IP is set for load-balancer ingress points that are IP based (typically GCE or OpenStack load-balancers)","type":"string"},"ipMode":{"description":"IPMode specifies how the load-balancer IP behaves, and may only be specified when the ip field is specified. Setting this to \\"VIP\\" indicates that traffic is delivered to the node with the destination set to the load-balancer\'s IP and port. Setting this to \\"Proxy\\" indicates that traffic is delivered to the node or pod with the destination set to the node\'s IP and node port or the pod\'s IP and port. Service implementations may use this information to adjust traffic routing.","type":"string"},"ports":{"description":"Ports is a list of records of service ports If used, every port defined in the service should have an entry in it","items":{"$ref":"#/definitions/io.k8s.api.core.v1.PortStatus"},"type":"array","x-kubernetes-list-type":"atomic"}},"type":"object"},"io.k8s.api.core.v1.LoadBalancerStatus":{"description":"LoadBalancerStatus represents the status of a load-balancer.","properties":{"ingress":{"description":"Ingress is a list containing ingress points for the load-balancer. Traffic intended for the service should be sent to these ingress points.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.LoadBalancerIngress"},"type":"array","x-kubernetes-list-type":"atomic"}},"type":"object"},"io.k8s.api.core.v1.LocalObjectReference":{"description":"LocalObjectReference contains enough information to let you locate the referenced object inside the same namespace.","properties":{"name":{"description":"Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names","type":"string"}},"type":"object","x-kubernetes-map-type":"atomic"},"io.k8s.api.core.v1.NFSVolumeSource":{"description":"Represents an NFS mount that lasts the lifetime of a pod. NFS volumes do not support ownership management or SELinux relabeling.","properties":{"path":{"description":"path that is exported by the NFS server. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs","type":"string"},"readOnly":{"description":"readOnly here will force the NFS export to be mounted with read-only permissions. Defaults to false. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs","type":"boolean"},"server":{"description":"server is the hostname or IP address of the NFS server. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs","type":"string"}},"required":["server","path"],"type":"object"},"io.k8s.api.core.v1.Namespace":{"description":"Namespace provides a scope for Names. Use of multiple namespaces is optional.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta","description":"Standard object\'s metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"},"spec":{"$ref":"#/definitions/io.k8s.api.core.v1.NamespaceSpec","description":"Spec defines the behavior of the Namespace. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"},"status":{"$ref":"#/definitions/io.k8s.api.core.v1.NamespaceStatus","description":"Status describes the current status of a Namespace. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"}},"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"Namespace","version":"v1"}]},"io.k8s.api.core.v1.NamespaceCondition":{"description":"NamespaceCondition contains details about state of namespace.","properties":{"lastTransitionTime":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time","description":"Last time the condition transitioned from one status to another."},"message":{"description":"Human-readable message indicating details about last transition.","type":"string"},"reason":{"description":"Unique, one-word, CamelCase reason for the condition\'s last transition.","type":"string"},"status":{"description":"Status of the condition, one of True, False, Unknown.","type":"string"},"type":{"description":"Type of namespace controller condition.","type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.core.v1.NamespaceList":{"description":"NamespaceList is a list of Namespaces.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"items":{"description":"Items is the list of Namespace objects in the list. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/","items":{"$ref":"#/definitions/io.k8s.api.core.v1.Namespace"},"type":"array"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta","description":"Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"}},"required":["items"],"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"NamespaceList","version":"v1"}]},"io.k8s.api.core.v1.NamespaceSpec":{"description":"NamespaceSpec describes the attributes on a Namespace.","properties":{"finalizers":{"description":"Finalizers is an opaque list of values that must be empty to permanently remove object from storage. More info: https://kubernetes.io/docs/tasks/administer-cluster/namespaces/","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"}},"type":"object"},"io.k8s.api.core.v1.NamespaceStatus":{"description":"NamespaceStatus is information about the current status of a Namespace.","properties":{"conditions":{"description":"Represents the latest available observations of a namespace\'s current state.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.NamespaceCondition"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"type","x-kubernetes-patch-strategy":"merge"},"phase":{"description":"Phase is the current lifecycle phase of the namespace. More info: https://kubernetes.io/docs/tasks/administer-cluster/namespaces/","type":"string"}},"type":"object"},"io.k8s.api.core.v1.Node":{"description":"Node is a worker node in Kubernetes. Each node will have a unique identifier in the cache (i.e. in etcd).","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta","description":"Standard object\'s metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"},"spec":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeSpec","description":"Spec defines the behavior of a node. https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"},"status":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeStatus","description":"Most recently observed status of the node. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"}},"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"Node","version":"v1"}]},"io.k8s.api.core.v1.NodeAddress":{"description":"NodeAddress contains information for the node\'s address.","properties":{"address":{"description":"The node address.","type":"string"},"type":{"description":"Node address type, one of Hostname, ExternalIP or InternalIP.","type":"string"}},"required":["type","address"],"type":"object"},"io.k8s.api.core.v1.NodeAffinity":{"description":"Node affinity is a group of node affinity scheduling rules.","properties":{"preferredDuringSchedulingIgnoredDuringExecution":{"description":"The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding \\"weight\\" to the sum if the node matches the corresponding matchExpressions; the node(s) with the highest sum are the most preferred.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.PreferredSchedulingTerm"},"type":"array","x-kubernetes-list-type":"atomic"},"requiredDuringSchedulingIgnoredDuringExecution":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeSelector","description":"If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to an update), the system may or may not try to eventually evict the pod from its node."}},"type":"object"},"io.k8s.api.core.v1.NodeAllocatableResourceClaimStatus":{"description":"NodeAllocatableResourceClaimStatus describes the status of node allocatable resources allocated via DRA.","properties":{"containers":{"description":"Containers lists the names of all containers in this pod that reference the claim.","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"set"},"resourceClaimName":{"description":"ResourceClaimName is the resource claim referenced by the pod that resulted in this node allocatable resource allocation.","type":"string"},"resources":{"additionalProperties":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"},"description":"Resources is a map of the node-allocatable resource name to the aggregate quantity allocated to the claim.","type":"object"}},"required":["resourceClaimName","resources"],"type":"object"},"io.k8s.api.core.v1.NodeCondition":{"description":"NodeCondition contains condition information for a node.","properties":{"lastHeartbeatTime":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time","description":"Last time we got an update on a given condition."},"lastTransitionTime":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time","description":"Last time the condition transit from one status to another."},"message":{"description":"Human readable message indicating details about last transition.","type":"string"},"reason":{"description":"(brief) reason for the condition\'s last transition.","type":"string"},"status":{"description":"Status of the condition, one of True, False, Unknown.","type":"string"},"type":{"description":"Type of node condition.","type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.core.v1.NodeConfigSource":{"description":"NodeConfigSource specifies a source of node configuration. Exactly one subfield (excluding metadata) must be non-nil. This API is deprecated since 1.22","properties":{"configMap":{"$ref":"#/definitions/io.k8s.api.core.v1.ConfigMapNodeConfigSource","description":"ConfigMap is a reference to a Node\'s ConfigMap"}},"type":"object"},"io.k8s.api.core.v1.NodeConfigStatus":{"description":"NodeConfigStatus describes the status of the config assigned by Node.Spec.ConfigSource.","properties":{"active":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeConfigSource","description":"Active reports the checkpointed config the node is actively using. Active will represent either the current version of the Assigned config, or the current LastKnownGood config, depending on whether attempting to use the Assigned config results in an error."},"assigned":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeConfigSource","description":"Assigned reports the checkpointed config the node will try to use. When Node.Spec.ConfigSource is updated, the node checkpoints the associated config payload to local disk, along with a record indicating intended config. The node refers to this record to choose its config checkpoint, and reports this record in Assigned. Assigned only updates in the status after the record has been checkpointed to disk. When the Kubelet is restarted, it tries to make the Assigned config the Active config by loading and validating the checkpointed payload identified by Assigned."},"error":{"description":"Error describes any problems reconciling the Spec.ConfigSource to the Active config. Errors may occur, for example, attempting to checkpoint Spec.ConfigSource to the local Assigned record, attempting to checkpoint the payload associated with Spec.ConfigSource, attempting to load or validate the Assigned config, etc. Errors may occur at different points while syncing config. Earlier errors (e.g. download or checkpointing errors) will not result in a rollback to LastKnownGood, and may resolve across Kubelet retries. Later errors (e.g. loading or validating a checkpointed config) will result in a rollback to LastKnownGood. In the latter case, it is usually possible to resolve the error by fixing the config assigned in Spec.ConfigSource. You can find additional information for debugging by searching the error message in the Kubelet log. Error is a human-readable description of the error state; machines can check whether or not Error is empty, but should not rely on the stability of the Error text across Kubelet versions.","type":"string"},"lastKnownGood":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeConfigSource","description":"LastKnownGood reports the checkpointed config the node will fall back to when it encounters an error attempting to use the Assigned config. The Assigned config becomes the LastKnownGood config when the node determines that the Assigned config is stable and correct. This is currently implemented as a 10-minute soak period starting when the local record of Assigned config is updated. If the Assigned config is Active at the end of this period, it becomes the LastKnownGood. Note that if Spec.ConfigSource is reset to nil (use local defaults), the LastKnownGood is also immediately reset to nil, because the local default config is always assumed good. You should not make assumptions about the node\'s method of determining config stability and correctness, as this may change or become configurable in the future."}},"type":"object"},"io.k8s.api.core.v1.NodeDaemonEndpoints":{"description":"NodeDaemonEndpoints lists ports opened by daemons running on the Node.","properties":{"kubeletEndpoint":{"$ref":"#/definitions/io.k8s.api.core.v1.DaemonEndpoint","description":"Endpoint on which Kubelet is listening."}},"type":"object"},"io.k8s.api.core.v1.NodeFeatures":{"description":"NodeFeatures describes the set of features implemented by the CRI implementation. The features contained in the NodeFeatures should depend only on the cri implementation independent of runtime handlers.","properties":{"supplementalGroupsPolicy":{"description":"SupplementalGroupsPolicy is set to true if the runtime supports SupplementalGroupsPolicy and ContainerUser.","type":"boolean"}},"type":"object"},"io.k8s.api.core.v1.NodeList":{"description":"NodeList is the whole list of all Nodes which have been registered with master.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"items":{"description":"List of nodes","items":{"$ref":"#/definitions/io.k8s.api.core.v1.Node"},"type":"array"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta","description":"Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"}},"required":["items"],"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"NodeList","version":"v1"}]},"io.k8s.api.core.v1.NodeRuntimeHandler":{"description":"NodeRuntimeHandler is a set of runtime handler information.","properties":{"features":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeRuntimeHandlerFeatures","description":"Supported features."},"name":{"description":"Runtime handler name. Empty for the default runtime handler.","type":"string"}},"type":"object"},"io.k8s.api.core.v1.NodeRuntimeHandlerFeatures":{"description":"NodeRuntimeHandlerFeatures is a set of features implemented by the runtime handler.","properties":{"recursiveReadOnlyMounts":{"description":"RecursiveReadOnlyMounts is set to true if the runtime handler supports RecursiveReadOnlyMounts.","type":"boolean"},"userNamespaces":{"description":"UserNamespaces is set to true if the runtime handler supports UserNamespaces, including for volumes.","type":"boolean"}},"type":"object"},"io.k8s.api.core.v1.NodeSelector":{"description":"A node selector represents the union of the results of one or more label queries over a set of nodes; that is, it represents the OR of the selectors represented by the node selector terms.","properties":{"nodeSelectorTerms":{"description":"Required. A list of node selector terms. The terms are ORed.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeSelectorTerm"},"type":"array","x-kubernetes-list-type":"atomic"}},"required":["nodeSelectorTerms"],"type":"object","x-kubernetes-map-type":"atomic"},"io.k8s.api.core.v1.NodeSelectorRequirement":{"description":"A node selector requirement is a selector that contains values, a key, and an operator that relates the key and values.","properties":{"key":{"description":"The label key that the selector applies to.","type":"string"},"operator":{"description":"Represents a key\'s relationship to a set of values. Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.","type":"string"},"values":{"description":"An array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. If the operator is Gt or Lt, the values array must have a single element, which will be interpreted as an integer. This array is replaced during a strategic merge patch.","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"}},"required":["key","operator"],"type":"object"},"io.k8s.api.core.v1.NodeSelectorTerm":{"description":"A null or empty node selector term matches no objects. The requirements of them are ANDed. The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.","properties":{"matchExpressions":{"description":"A list of node selector requirements by node\'s labels.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement"},"type":"array","x-kubernetes-list-type":"atomic"},"matchFields":{"description":"A list of node selector requirements by node\'s fields.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement"},"type":"array","x-kubernetes-list-type":"atomic"}},"type":"object","x-kubernetes-map-type":"atomic"},"io.k8s.api.core.v1.NodeSpec":{"description":"NodeSpec describes the attributes that a node is created with.","properties":{"configSource":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeConfigSource","description":"Deprecated: Previously used to specify the source of the node\'s configuration for the DynamicKubeletConfig feature. This feature is removed."},"externalID":{"description":"Deprecated. Not all kubelets will set this field. Remove field after 1.13. see: https://issues.k8s.io/61966","type":"string"},"podCIDR":{"description":"PodCIDR represents the pod IP range assigned to the node.","type":"string"},"podCIDRs":{"description":"podCIDRs represents the IP ranges assigned to the node for usage by Pods on that node. If this field is specified, the 0th entry must match the podCIDR field. It may contain at most 1 value for each of IPv4 and IPv6.","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"set","x-kubernetes-patch-strategy":"merge"},"providerID":{"description":"ID of the node assigned by the cloud provider in the format: <ProviderName>://<ProviderSpecificNodeID>","type":"string"},"taints":{"description":"If specified, the node\'s taints.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.Taint"},"type":"array","x-kubernetes-list-type":"atomic"},"unschedulable":{"description":"Unschedulable controls node schedulability of new pods. By default, node is schedulable. More info: https://kubernetes.io/docs/concepts/nodes/node/#manual-node-administration","type":"boolean"}},"type":"object"},"io.k8s.api.core.v1.NodeStatus":{"description":"NodeStatus is information about the current status of a node.","properties":{"addresses":{"description":"List of addresses reachable to the node. Queried from cloud provider, if available. More info: https://kubernetes.io/docs/reference/node/node-status/#addresses Note: This field is declared as mergeable, but the merge key is not sufficiently unique, which can cause data corruption when it is merged. Callers should instead use a full-replacement patch. See https://pr.k8s.io/79391 for an example. Consumers should assume that addresses can change during the lifetime of a Node. However, there are some exceptions where this may not be possible, such as Pods that inherit a Node\'s address in its own status or consumers of the downward API (status.hostIP).","items":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeAddress"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"type","x-kubernetes-patch-strategy":"merge"},"allocatable":{"additionalProperties":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"},"description":"Allocatable represents the resources of a node that are available for scheduling. Defaults to Capacity.","type":"object"},"capacity":{"additionalProperties":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"},"description":"Capacity represents the total resources of a node. More info: https://kubernetes.io/docs/reference/node/node-status/#capacity","type":"object"},"conditions":{"description":"Conditions is an array of current observed node conditions. More info: https://kubernetes.io/docs/reference/node/node-status/#condition","items":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeCondition"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"type","x-kubernetes-patch-strategy":"merge"},"config":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeConfigStatus","description":"Status of the config assigned to the node via the dynamic Kubelet config feature."},"daemonEndpoints":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeDaemonEndpoints","description":"Endpoints of daemons running on the Node."},"declaredFeatures":{"description":"DeclaredFeatures represents the features related to feature gates that are declared by the node.","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"features":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeFeatures","description":"Features describes the set of features implemented by the CRI implementation."},"images":{"description":"List of container images on this node","items":{"$ref":"#/definitions/io.k8s.api.core.v1.ContainerImage"},"type":"array","x-kubernetes-list-type":"atomic"},"nodeInfo":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeSystemInfo","description":"Set of ids/uuids to uniquely identify the node. More info: https://kubernetes.io/docs/reference/node/node-status/#info"},"phase":{"description":"NodePhase is the recently observed lifecycle phase of the node. More info: https://kubernetes.io/docs/concepts/nodes/node/#phase The field is never populated, and now is deprecated.","type":"string"},"runtimeHandlers":{"description":"The available runtime handlers.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeRuntimeHandler"},"type":"array","x-kubernetes-list-type":"atomic"},"volumesAttached":{"description":"List of volumes that are attached to the node.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.AttachedVolume"},"type":"array","x-kubernetes-list-type":"atomic"},"volumesInUse":{"description":"List of attachable volumes in use (mounted) by the node.","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"}},"type":"object"},"io.k8s.api.core.v1.NodeSwapStatus":{"description":"NodeSwapStatus represents swap memory information.","properties":{"capacity":{"description":"Total amount of swap memory in bytes.","format":"int64","type":"integer"}},"type":"object"},"io.k8s.api.core.v1.NodeSystemInfo":{"description":"NodeSystemInfo is a set of ids/uuids to uniquely identify the node.","properties":{"architecture":{"description":"The Architecture reported by the node","type":"string"},"bootID":{"description":"Boot ID reported by the node.","type":"string"},"containerRuntimeVersion":{"description":"ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2).","type":"string"},"kernelVersion":{"description":"Kernel Version reported by the node from \'uname -r\' (e.g. 3.16.0-0.bpo.4-amd64).","type":"string"},"kubeProxyVersion":{"description":"Deprecated: KubeProxy Version reported by the node.","type":"string"},"kubeletVersion":{"description":"Kubelet Version reported by the node.","type":"string"},"machineID":{"description":"MachineID reported by the node. For unique machine identification in the cluster this field is preferred. Learn more from man(5) machine-id: http://man7.org/linux/man-pages/man5/machine-id.5.html","type":"string"},"operatingSystem":{"description":"The Operating System reported by the node","type":"string"},"osImage":{"description":"OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).","type":"string"},"swap":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeSwapStatus","description":"Swap Info reported by the node."},"systemUUID":{"description":"SystemUUID reported by the node. For unique machine identification MachineID is preferred. This field is specific to Red Hat hosts https://access.redhat.com/documentation/en-us/red_hat_subscription_management/1/html/rhsm/uuid","type":"string"}},"required":["machineID","systemUUID","bootID","kernelVersion","osImage","containerRuntimeVersion","kubeletVersion","kubeProxyVersion","operatingSystem","architecture"],"type":"object"},"io.k8s.api.core.v1.ObjectFieldSelector":{"description":"ObjectFieldSelector selects an APIVersioned field of an object.","properties":{"apiVersion":{"description":"Version of the schema the FieldPath is written in terms of, defaults to \\"v1\\".","type":"string"},"fieldPath":{"description":"Path of the field to select in the specified API version.","type":"string"}},"required":["fieldPath"],"type":"object","x-kubernetes-map-type":"atomic"},"io.k8s.api.core.v1.ObjectReference":{"description":"ObjectReference contains enough information to let you inspect or modify the referred object.","properties":{"apiVersion":{"description":"API version of the referent.","type":"string"},"fieldPath":{"description":"If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: \\"spec.containers{name}\\" (where \\"name\\" refers to the name of the container that triggered the event) or if no container name is specified \\"spec.containers[2]\\" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object.","type":"string"},"kind":{"description":"Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"name":{"description":"Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names","type":"string"},"namespace":{"description":"Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/","type":"string"},"resourceVersion":{"description":"Specific resourceVersion to which this reference is made, if any. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency","type":"string"},"uid":{"description":"UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids","type":"string"}},"type":"object","x-kubernetes-map-type":"atomic"},"io.k8s.api.core.v1.PersistentVolumeClaimSpec":{"description":"PersistentVolumeClaimSpec describes the common attributes of storage devices and allows a Source for provider-specific attributes","properties":{"accessModes":{"description":"accessModes contains the desired access modes the volume should have. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"dataSource":{"$ref":"#/definitions/io.k8s.api.core.v1.TypedLocalObjectReference","description":"dataSource field can be used to specify either: * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot) * An existing PVC (PersistentVolumeClaim) If the provisioner or an external controller can support the specified data source, it will create a new volume based on the contents of the specified data source. When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef, and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified. If the namespace is specified, then dataSourceRef will not be copied to dataSource."},"dataSourceRef":{"$ref":"#/definitions/io.k8s.api.core.v1.TypedObjectReference","description":"dataSourceRef specifies the object from which to populate the volume with data, if a non-empty volume is desired. This may be any object from a non-empty API group (non core object) or a PersistentVolumeClaim object. When this field is specified, volume binding will only succeed if the type of the specified object matches some installed volume populator or dynamic provisioner. This field will replace the functionality of the dataSource field and as such if both fields are non-empty, they must have the same value. For backwards compatibility, when namespace isn\'t specified in dataSourceRef, both fields (dataSource and dataSourceRef) will be set to the same value automatically if one of them is empty and the other is non-empty. When namespace is specified in dataSourceRef, dataSource isn\'t set to the same value and must be empty. There are three important differences between dataSource and dataSourceRef: * While dataSource only allows two specific types of objects, dataSourceRef\\n  allows any non-core object, as well as PersistentVolumeClaim objects.\\n* While dataSource ignores disallowed values (dropping them), dataSourceRef\\n  preserves all values, and generates an error if a disallowed value is\\n  specified.\\n* While dataSource only allows local objects, dataSourceRef allows objects\\n  in any namespaces.\\n(Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled. (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled."},"resources":{"$ref":"#/definitions/io.k8s.api.core.v1.VolumeResourceRequirements","description":"resources represents the minimum resources the volume should have. Users are allowed to specify resource requirements that are lower than previous value but must still be higher than capacity recorded in the status field of the claim. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources"},"selector":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector","description":"selector is a label query over volumes to consider for binding."},"storageClassName":{"description":"storageClassName is the name of the StorageClass required by the claim. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1","type":"string"},"volumeAttributesClassName":{"description":"volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim. If specified, the CSI driver will create or update the volume with the attributes defined in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName, it can be changed after the claim is created. An empty string or nil value indicates that no VolumeAttributesClass will be applied to the claim. If the claim enters an Infeasible error state, this field can be reset to its previous value (including nil) to cancel the modification. If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource exists. More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/","type":"string"},"volumeMode":{"description":"volumeMode defines what type of volume is required by the claim. Value of Filesystem is implied when not included in claim spec.","type":"string"},"volumeName":{"description":"volumeName is the binding reference to the PersistentVolume backing this claim.","type":"string"}},"type":"object"},"io.k8s.api.core.v1.PersistentVolumeClaimTemplate":{"description":"PersistentVolumeClaimTemplate is used to produce PersistentVolumeClaim objects as part of an EphemeralVolumeSource.","properties":{"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta","description":"May contain labels and annotations that will be copied into the PVC when creating it. No other fields are allowed and will be rejected during validation."},"spec":{"$ref":"#/definitions/io.k8s.api.core.v1.PersistentVolumeClaimSpec","description":"The specification for the PersistentVolumeClaim. The entire content is copied unchanged into the PVC that gets created from this template. The same fields as in a PersistentVolumeClaim are also valid here."}},"required":["spec"],"type":"object"},"io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource":{"description":"PersistentVolumeClaimVolumeSource references the user\'s PVC in the same namespace. This volume finds the bound PV and mounts that volume for the pod. A PersistentVolumeClaimVolumeSource is, essentially, a wrapper around another type of volume that is owned by someone else (the system).","properties":{"claimName":{"description":"claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims","type":"string"},"readOnly":{"description":"readOnly Will force the ReadOnly setting in VolumeMounts. Default false.","type":"boolean"}},"required":["claimName"],"type":"object"},"io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource":{"description":"Represents a Photon Controller persistent disk resource.","properties":{"fsType":{"description":"fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. \\"ext4\\", \\"xfs\\", \\"ntfs\\". Implicitly inferred to be \\"ext4\\" if unspecified.","type":"string"},"pdID":{"description":"pdID is the ID that identifies Photon Controller persistent disk","type":"string"}},"required":["pdID"],"type":"object"},"io.k8s.api.core.v1.Pod":{"description":"Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta","description":"Standard object\'s metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"},"spec":{"$ref":"#/definitions/io.k8s.api.core.v1.PodSpec","description":"Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"},"status":{"$ref":"#/definitions/io.k8s.api.core.v1.PodStatus","description":"Most recently observed status of the pod. This data may not be up to date. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"}},"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"Pod","version":"v1"}]},"io.k8s.api.core.v1.PodAffinity":{"description":"Pod affinity is a group of inter pod affinity scheduling rules.","properties":{"preferredDuringSchedulingIgnoredDuringExecution":{"description":"The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding \\"weight\\" to the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.WeightedPodAffinityTerm"},"type":"array","x-kubernetes-list-type":"atomic"},"requiredDuringSchedulingIgnoredDuringExecution":{"description":"If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.PodAffinityTerm"},"type":"array","x-kubernetes-list-type":"atomic"}},"type":"object"},"io.k8s.api.core.v1.PodAffinityTerm":{"description":"Defines a set of pods (namely those matching the labelSelector relative to the given namespace(s)) that this pod should be co-located (affinity) or not co-located (anti-affinity) with, where co-located is defined as running on a node whose value of the label with key <topologyKey> matches that of any node on which a pod of the set of pods is running","properties":{"labelSelector":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector","description":"A label query over a set of resources, in this case pods. If it\'s null, this PodAffinityTerm matches with no Pods."},"matchLabelKeys":{"description":"MatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod\'s pod (anti) affinity. Keys that don\'t exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both matchLabelKeys and labelSelector. Also, matchLabelKeys cannot be set when labelSelector isn\'t set.","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"mismatchLabelKeys":{"description":"MismatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod\'s pod (anti) affinity. Keys that don\'t exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both mismatchLabelKeys and labelSelector. Also, mismatchLabelKeys cannot be set when labelSelector isn\'t set.","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"namespaceSelector":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector","description":"A label query over the set of namespaces that the term applies to. The term is applied to the union of the namespaces selected by this field and the ones listed in the namespaces field. null selector and null or empty namespaces list means \\"this pod\'s namespace\\". An empty selector ({}) matches all namespaces."},"namespaces":{"description":"namespaces specifies a static list of namespace names that the term applies to. The term is applied to the union of the namespaces listed in this field and the ones selected by namespaceSelector. null or empty namespaces list and null namespaceSelector means \\"this pod\'s namespace\\".","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"topologyKey":{"description":"This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching the labelSelector in the specified namespaces, where co-located is defined as running on a node whose value of the label with key topologyKey matches that of any node on which any of the selected pods is running. Empty topologyKey is not allowed.","type":"string"}},"required":["topologyKey"],"type":"object"},"io.k8s.api.core.v1.PodAntiAffinity":{"description":"Pod anti affinity is a group of inter pod anti affinity scheduling rules.","properties":{"preferredDuringSchedulingIgnoredDuringExecution":{"description":"The scheduler will prefer to schedule pods to nodes that satisfy the anti-affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling anti-affinity expressions, etc.), compute a sum by iterating through the elements of this field and subtracting \\"weight\\" from the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.WeightedPodAffinityTerm"},"type":"array","x-kubernetes-list-type":"atomic"},"requiredDuringSchedulingIgnoredDuringExecution":{"description":"If the anti-affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the anti-affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.PodAffinityTerm"},"type":"array","x-kubernetes-list-type":"atomic"}},"type":"object"},"io.k8s.api.core.v1.PodCertificateProjection":{"description":"PodCertificateProjection provides a private key and X.509 certificate in the pod filesystem.","properties":{"certificateChainPath":{"description":"Write the certificate chain at this path in the projected volume.\\n\\nMost applications should use credentialBundlePath.  When using keyPath and certificateChainPath, your application needs to check that the key and leaf certificate are consistent, because it is possible to read the files mid-rotation.","type":"string"},"credentialBundlePath":{"description":"Write the credential bundle at this path in the projected volume.\\n\\nThe credential bundle is a single file that contains multiple PEM blocks. The first PEM block is a PRIVATE KEY block, containing a PKCS#8 private key.\\n\\nThe remaining blocks are CERTIFICATE blocks, containing the issued certificate chain from the signer (leaf and any intermediates).\\n\\nUsing credentialBundlePath lets your Pod\'s application code make a single atomic read that retrieves a consistent key and certificate chain.  If you project them to separate files, your application code will need to additionally check that the leaf certificate was issued to the key.","type":"string"},"keyPath":{"description":"Write the key at this path in the projected volume.\\n\\nMost applications should use credentialBundlePath.  When using keyPath and certificateChainPath, your application needs to check that the key and leaf certificate are consistent, because it is possible to read the files mid-rotation.","type":"string"},"keyType":{"description":"The type of keypair Kubelet will generate for the pod.\\n\\nValid values are \\"RSA3072\\", \\"RSA4096\\", \\"ECDSAP256\\", \\"ECDSAP384\\", \\"ECDSAP521\\", and \\"ED25519\\".","type":"string"},"maxExpirationSeconds":{"description":"maxExpirationSeconds is the maximum lifetime permitted for the certificate.\\n\\nKubelet copies this value verbatim into the PodCertificateRequests it generates for this projection.\\n\\nIf omitted, kube-apiserver will set it to 86400(24 hours). kube-apiserver will reject values shorter than 3600 (1 hour).  The maximum allowable value is 7862400 (91 days).\\n\\nThe signer implementation is then free to issue a certificate with any lifetime *shorter* than MaxExpirationSeconds, but no shorter than 3600 seconds (1 hour).  This constraint is enforced by kube-apiserver. `kubernetes.io` signers will never issue certificates with a lifetime longer than 24 hours.","format":"int32","type":"integer"},"signerName":{"description":"Kubelet\'s generated CSRs will be addressed to this signer.","type":"string"},"userAnnotations":{"additionalProperties":{"type":"string"},"description":"userAnnotations allow pod authors to pass additional information to the signer implementation.  Kubernetes does not restrict or validate this metadata in any way.\\n\\nThese values are copied verbatim into the `spec.unverifiedUserAnnotations` field of the PodCertificateRequest objects that Kubelet creates.\\n\\nEntries are subject to the same validation as object metadata annotations, with the addition that all keys must be domain-prefixed. No restrictions are placed on values, except an overall size limitation on the entire field.\\n\\nSigners should document the keys and values they support. Signers should deny requests that contain keys they do not recognize.","type":"object"}},"required":["signerName","keyType"],"type":"object"},"io.k8s.api.core.v1.PodCondition":{"description":"PodCondition contains details for the current condition of this pod.","properties":{"lastProbeTime":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time","description":"Last time we probed the condition."},"lastTransitionTime":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time","description":"Last time the condition transitioned from one status to another."},"message":{"description":"Human-readable message indicating details about last transition.","type":"string"},"observedGeneration":{"description":"If set, this represents the .metadata.generation that the pod condition was set based upon.","format":"int64","type":"integer"},"reason":{"description":"Unique, one-word, CamelCase reason for the condition\'s last transition.","type":"string"},"status":{"description":"Status is the status of the condition. Can be True, False, Unknown. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions","type":"string"},"type":{"description":"Type is the type of the condition. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions","type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.core.v1.PodDNSConfig":{"description":"PodDNSConfig defines the DNS parameters of a pod in addition to those generated from DNSPolicy.","properties":{"nameservers":{"description":"A list of DNS name server IP addresses. This will be appended to the base nameservers generated from DNSPolicy. Duplicated nameservers will be removed.","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"options":{"description":"A list of DNS resolver options. This will be merged with the base options generated from DNSPolicy. Duplicated entries will be removed. Resolution options given in Options will override those that appear in the base DNSPolicy.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.PodDNSConfigOption"},"type":"array","x-kubernetes-list-type":"atomic"},"searches":{"description":"A list of DNS search domains for host-name lookup. This will be appended to the base search paths generated from DNSPolicy. Duplicated search paths will be removed.","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"}},"type":"object"},"io.k8s.api.core.v1.PodDNSConfigOption":{"description":"PodDNSConfigOption defines DNS resolver options of a pod.","properties":{"name":{"description":"Name is this DNS resolver option\'s name. Required.","type":"string"},"value":{"description":"Value is this DNS resolver option\'s value.","type":"string"}},"type":"object"},"io.k8s.api.core.v1.PodExtendedResourceClaimStatus":{"description":"PodExtendedResourceClaimStatus is stored in the PodStatus for the extended resource requests backed by DRA. It stores the generated name for the corresponding special ResourceClaim created by the scheduler.","properties":{"requestMappings":{"description":"RequestMappings identifies the mapping of <container, extended resource backed by DRA> to  device request in the generated ResourceClaim.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.ContainerExtendedResourceRequest"},"type":"array","x-kubernetes-list-type":"atomic"},"resourceClaimName":{"description":"ResourceClaimName is the name of the ResourceClaim that was generated for the Pod in the namespace of the Pod.","type":"string"}},"required":["requestMappings","resourceClaimName"],"type":"object"},"io.k8s.api.core.v1.PodIP":{"description":"PodIP represents a single IP address allocated to the pod.","properties":{"ip":{"description":"IP is the IP address assigned to the pod","type":"string"}},"required":["ip"],"type":"object"},"io.k8s.api.core.v1.PodList":{"description":"PodList is a list of Pods.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"items":{"description":"List of pods. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md","items":{"$ref":"#/definitions/io.k8s.api.core.v1.Pod"},"type":"array"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta","description":"Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"}},"required":["items"],"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"PodList","version":"v1"}]},"io.k8s.api.core.v1.PodOS":{"description":"PodOS defines the OS parameters of a pod.","properties":{"name":{"description":"Name is the name of the operating system. The currently supported values are linux and windows. Additional value may be defined in future and can be one of: https://github.com/opencontainers/runtime-spec/blob/master/config.md#platform-specific-configuration Clients should expect to handle additional values and treat unrecognized values in this field as os: null","type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.core.v1.PodReadinessGate":{"description":"PodReadinessGate contains the reference to a pod condition","properties":{"conditionType":{"description":"ConditionType refers to a condition in the pod\'s condition list with matching type.","type":"string"}},"required":["conditionType"],"type":"object"},"io.k8s.api.core.v1.PodResourceClaim":{"description":"PodResourceClaim references exactly one ResourceClaim, either directly or by naming a ResourceClaimTemplate which is then turned into a ResourceClaim for the pod.\\n\\nIt adds a name to it that uniquely identifies the ResourceClaim inside the Pod. Containers that need access to the ResourceClaim reference it with this name.\\n\\nWhen the DRAWorkloadResourceClaims feature gate is enabled and this Pod belongs to a PodGroup, a PodResourceClaim is matched to a PodGroupResourceClaim if all of their fields are equal (Name, ResourceClaimName, and ResourceClaimTemplateName). A matched claim references a single ResourceClaim shared across all Pods in the PodGroup, reserved for the PodGroup in ResourceClaimStatus.ReservedFor rather than for individual Pods.","properties":{"name":{"description":"Name uniquely identifies this resource claim inside the pod. This must be a DNS_LABEL.","type":"string"},"resourceClaimName":{"description":"ResourceClaimName is the name of a ResourceClaim object in the same namespace as this pod.\\n\\nExactly one of ResourceClaimName and ResourceClaimTemplateName must be set.","type":"string"},"resourceClaimTemplateName":{"description":"ResourceClaimTemplateName is the name of a ResourceClaimTemplate object in the same namespace as this pod.\\n\\nThe template will be used to create a new ResourceClaim, which will be bound to this pod. When this pod is deleted, the ResourceClaim will also be deleted. The pod name and resource name, along with a generated component, will be used to form a unique name for the ResourceClaim, which will be recorded in pod.status.resourceClaimStatuses.\\n\\nWhen the DRAWorkloadResourceClaims feature gate is enabled and the pod belongs to a PodGroup that defines a PodGroupResourceClaim with the same Name and ResourceClaimTemplateName, this PodResourceClaim resolves to the ResourceClaim generated for the PodGroup. All pods in the group that define an equivalent PodResourceClaim matching the PodGroupResourceClaim\'s Name and ResourceClaimTemplateName share the same generated ResourceClaim. ResourceClaims generated for a PodGroup are owned by the PodGroup and their lifecycles are tied to the PodGroup instead of any individual pod.\\n\\nThis field is immutable and no changes will be made to the corresponding ResourceClaim by the control plane after creating the ResourceClaim.\\n\\nExactly one of ResourceClaimName and ResourceClaimTemplateName must be set.","type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.core.v1.PodResourceClaimStatus":{"description":"PodResourceClaimStatus is stored in the PodStatus for each PodResourceClaim which references a ResourceClaimTemplate. It stores the generated name for the corresponding ResourceClaim.","properties":{"name":{"description":"Name uniquely identifies this resource claim inside the pod. This must match the name of an entry in pod.spec.resourceClaims, which implies that the string must be a DNS_LABEL.","type":"string"},"resourceClaimName":{"description":"ResourceClaimName is the name of the ResourceClaim that was generated for the Pod in the namespace of the Pod.\\n\\nWhen the DRAWorkloadResourceClaims feature is enabled and the corresponding PodResourceClaim matches a PodGroupResourceClaim made by the Pod\'s PodGroup, then this is the name of the ResourceClaim generated and reserved for the PodGroup.\\n\\nIf this is unset, then generating a ResourceClaim was not necessary. The pod.spec.resourceClaims entry can be ignored in this case.","type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.core.v1.PodSchedulingGate":{"description":"PodSchedulingGate is associated to a Pod to guard its scheduling.","properties":{"name":{"description":"Name of the scheduling gate. Each scheduling gate must have a unique name field.","type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.core.v1.PodSchedulingGroup":{"description":"PodSchedulingGroup identifies the runtime scheduling group instance that a Pod belongs to. The scheduler uses this information to apply workload-aware scheduling semantics. Exactly one field must be specified.","properties":{"podGroupName":{"description":"PodGroupName specifies the name of the standalone PodGroup object that represents the runtime instance of this group. Must be a DNS subdomain.","type":"string"}},"type":"object","x-kubernetes-unions":[{"fields-to-discriminateBy":{"podGroupName":"PodGroupName"}}]},"io.k8s.api.core.v1.PodSecurityContext":{"description":"PodSecurityContext holds pod-level security attributes and common container settings. Some fields are also present in container.securityContext.  Field values of container.securityContext take precedence over field values of PodSecurityContext.","properties":{"appArmorProfile":{"$ref":"#/definitions/io.k8s.api.core.v1.AppArmorProfile","description":"appArmorProfile is the AppArmor options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows."},"fsGroup":{"description":"A special supplemental group that applies to all containers in a pod. Some volume types allow the Kubelet to change the ownership of that volume to be owned by the pod:\\n\\n1. The owning GID will be the FSGroup 2. The setgid bit is set (new files created in the volume will be owned by FSGroup) 3. The permission bits are OR\'d with rw-rw----\\n\\nIf unset, the Kubelet will not modify the ownership and permissions of any volume. Note that this field cannot be set when spec.os.name is windows.","format":"int64","type":"integer"},"fsGroupChangePolicy":{"description":"fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod. This field will only apply to volume types which support fsGroup based ownership(and permissions). It will have no effect on ephemeral volume types such as: secret, configmaps and emptydir. Valid values are \\"OnRootMismatch\\" and \\"Always\\". If not specified, \\"Always\\" is used. Note that this field cannot be set when spec.os.name is windows.","type":"string"},"runAsGroup":{"description":"The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.","format":"int64","type":"integer"},"runAsNonRoot":{"description":"Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.","type":"boolean"},"runAsUser":{"description":"The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.","format":"int64","type":"integer"},"seLinuxChangePolicy":{"description":"seLinuxChangePolicy defines how the container\'s SELinux label is applied to all volumes used by the Pod. It has no effect on nodes that do not support SELinux or to volumes does not support SELinux. Valid values are \\"MountOption\\" and \\"Recursive\\".\\n\\n\\"Recursive\\" means relabeling of all files on all Pod volumes by the container runtime. This may be slow for large volumes, but allows mixing privileged and unprivileged Pods sharing the same volume on the same node.\\n\\n\\"MountOption\\" mounts all eligible Pod volumes with `-o context` mount option. This requires all Pods that share the same volume to use the same SELinux label. It is not possible to share the same volume among privileged and unprivileged Pods. Eligible volumes are in-tree FibreChannel and iSCSI volumes, and all CSI volumes whose CSI driver announces SELinux support by setting spec.seLinuxMount: true in their CSIDriver instance. Other volumes are always re-labelled recursively. \\"MountOption\\" value is allowed only when SELinuxMount feature gate is enabled.\\n\\nIf not specified and SELinuxMount feature gate is enabled, \\"MountOption\\" is used. If not specified and SELinuxMount feature gate is disabled, \\"MountOption\\" is used for ReadWriteOncePod volumes and \\"Recursive\\" for all other volumes.\\n\\nThis field affects only Pods that have SELinux label set, either in PodSecurityContext or in SecurityContext of all containers.\\n\\nAll Pods that use the same volume should use the same seLinuxChangePolicy, otherwise some pods can get stuck in ContainerCreating state. Note that this field cannot be set when spec.os.name is windows.","type":"string"},"seLinuxOptions":{"$ref":"#/definitions/io.k8s.api.core.v1.SELinuxOptions","description":"The SELinux context to be applied to all containers. If unspecified, the container runtime will allocate a random SELinux context for each container.  May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows."},"seccompProfile":{"$ref":"#/definitions/io.k8s.api.core.v1.SeccompProfile","description":"The seccomp options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows."},"supplementalGroups":{"description":"A list of groups applied to the first process run in each container, in addition to the container\'s primary GID and fsGroup (if specified).  If the SupplementalGroupsPolicy feature is enabled, the supplementalGroupsPolicy field determines whether these are in addition to or instead of any group memberships defined in the container image. If unspecified, no additional groups are added, though group memberships defined in the container image may still be used, depending on the supplementalGroupsPolicy field. Note that this field cannot be set when spec.os.name is windows.","items":{"format":"int64","type":"integer"},"type":"array","x-kubernetes-list-type":"atomic"},"supplementalGroupsPolicy":{"description":"Defines how supplemental groups of the first container processes are calculated. Valid values are \\"Merge\\" and \\"Strict\\". If not specified, \\"Merge\\" is used. (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled and the container runtime must implement support for this feature. Note that this field cannot be set when spec.os.name is windows.","type":"string"},"sysctls":{"description":"Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported sysctls (by the container runtime) might fail to launch. Note that this field cannot be set when spec.os.name is windows.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.Sysctl"},"type":"array","x-kubernetes-list-type":"atomic"},"windowsOptions":{"$ref":"#/definitions/io.k8s.api.core.v1.WindowsSecurityContextOptions","description":"The Windows specific settings applied to all containers. If unspecified, the options within a container\'s SecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is linux."}},"type":"object"},"io.k8s.api.core.v1.PodSpec":{"description":"PodSpec is a description of a pod.","properties":{"activeDeadlineSeconds":{"description":"Optional duration in seconds the pod may be active on the node relative to StartTime before the system will actively try to mark it failed and kill associated containers. Value must be a positive integer.","format":"int64","type":"integer"},"affinity":{"$ref":"#/definitions/io.k8s.api.core.v1.Affinity","description":"If specified, the pod\'s scheduling constraints"},"automountServiceAccountToken":{"description":"AutomountServiceAccountToken indicates whether a service account token should be automatically mounted.","type":"boolean"},"containers":{"description":"List of containers belonging to the pod. Containers cannot currently be added or removed. There must be at least one container in a Pod. Cannot be updated.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.Container"},"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"name","x-kubernetes-patch-strategy":"merge"},"dnsConfig":{"$ref":"#/definitions/io.k8s.api.core.v1.PodDNSConfig","description":"Specifies the DNS parameters of a pod. Parameters specified here will be merged to the generated DNS configuration based on DNSPolicy."},"dnsPolicy":{"description":"Set DNS policy for the pod. Defaults to \\"ClusterFirst\\". Valid values are \'ClusterFirstWithHostNet\', \'ClusterFirst\', \'Default\' or \'None\'. DNS parameters given in DNSConfig will be merged with the policy selected with DNSPolicy. To have DNS options set along with hostNetwork, you have to specify DNS policy explicitly to \'ClusterFirstWithHostNet\'.","type":"string"},"enableServiceLinks":{"description":"EnableServiceLinks indicates whether information about services should be injected into pod\'s environment variables, matching the syntax of Docker links. Optional: Defaults to true.","type":"boolean"},"ephemeralContainers":{"description":"List of ephemeral containers run in this pod. Ephemeral containers may be run in an existing pod to perform user-initiated actions such as debugging. This list cannot be specified when creating a pod, and it cannot be modified by updating the pod spec. In order to add an ephemeral container to an existing pod, use the pod\'s ephemeralcontainers subresource.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.EphemeralContainer"},"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"name","x-kubernetes-patch-strategy":"merge"},"hostAliases":{"description":"HostAliases is an optional list of hosts and IPs that will be injected into the pod\'s hosts file if specified.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.HostAlias"},"type":"array","x-kubernetes-list-map-keys":["ip"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"ip","x-kubernetes-patch-strategy":"merge"},"hostIPC":{"description":"Use the host\'s ipc namespace. Optional: Default to false.","type":"boolean"},"hostNetwork":{"description":"Host networking requested for this pod. Use the host\'s network namespace. When using HostNetwork you should specify ports so the scheduler is aware. When `hostNetwork` is true, specified `hostPort` fields in port definitions must match `containerPort`, and unspecified `hostPort` fields in port definitions are defaulted to match `containerPort`. Default to false.","type":"boolean"},"hostPID":{"description":"Use the host\'s pid namespace. Optional: Default to false.","type":"boolean"},"hostUsers":{"description":"Use the host\'s user namespace. Optional: Default to true. If set to true or not present, the pod will be run in the host user namespace, useful for when the pod needs a feature only available to the host user namespace, such as loading a kernel module with CAP_SYS_MODULE. When set to false, a new userns is created for the pod. Setting false is useful for mitigating container breakout vulnerabilities even allowing users to run their containers as root without actually having root privileges on the host.","type":"boolean"},"hostname":{"description":"Specifies the hostname of the Pod If not specified, the pod\'s hostname will be set to a system-defined value.","type":"string"},"hostnameOverride":{"description":"HostnameOverride specifies an explicit override for the pod\'s hostname as perceived by the pod. This field only specifies the pod\'s hostname and does not affect its DNS records. When this field is set to a non-empty string: - It takes precedence over the values set in `hostname` and `subdomain`. - The Pod\'s hostname will be set to this value. - `setHostnameAsFQDN` must be nil or set to false. - `hostNetwork` must be set to false.\\n\\nThis field must be a valid DNS subdomain as defined in RFC 1123 and contain at most 64 characters. Requires the HostnameOverride feature gate to be enabled.","type":"string"},"imagePullSecrets":{"description":"ImagePullSecrets is an optional list of references to secrets in the same namespace to use for pulling any of the images used by this PodSpec. If specified, these secrets will be passed to individual puller implementations for them to use. More info: https://kubernetes.io/docs/concepts/containers/images#specifying-imagepullsecrets-on-a-pod","items":{"$ref":"#/definitions/io.k8s.api.core.v1.LocalObjectReference"},"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"name","x-kubernetes-patch-strategy":"merge"},"initContainers":{"description":"List of initialization containers belonging to the pod. Init containers are executed in order prior to containers being started. If any init container fails, the pod is considered to have failed and is handled according to its restartPolicy. The name for an init container or normal container must be unique among all containers. Init containers may not have Lifecycle actions, Readiness probes, Liveness probes, or Startup probes. The resourceRequirements of an init container are taken into account during scheduling by finding the highest request/limit for each resource type, and then using the max of that value or the sum of the normal containers. Limits are applied to init containers in a similar fashion. Init containers cannot currently be added or removed. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/init-containers/","items":{"$ref":"#/definitions/io.k8s.api.core.v1.Container"},"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"name","x-kubernetes-patch-strategy":"merge"},"nodeName":{"description":"NodeName indicates in which node this pod is scheduled. If empty, this pod is a candidate for scheduling by the scheduler defined in schedulerName. Once this field is set, the kubelet for this node becomes responsible for the lifecycle of this pod. This field should not be used to express a desire for the pod to be scheduled on a specific node. https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#nodename","type":"string"},"nodeSelector":{"additionalProperties":{"type":"string"},"description":"NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node\'s labels for the pod to be scheduled on that node. More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/","type":"object","x-kubernetes-map-type":"atomic"},"os":{"$ref":"#/definitions/io.k8s.api.core.v1.PodOS","description":"Specifies the OS of the containers in the pod. Some pod and container fields are restricted if this is set.\\n\\nIf the OS field is set to linux, the following fields must be unset: -securityContext.windowsOptions\\n\\nIf the OS field is set to windows, following fields must be unset: - spec.hostPID - spec.hostIPC - spec.hostUsers - spec.resources - spec.securityContext.appArmorProfile - spec.securityContext.seLinuxOptions - spec.securityContext.seccompProfile - spec.securityContext.fsGroup - spec.securityContext.fsGroupChangePolicy - spec.securityContext.sysctls - spec.shareProcessNamespace - spec.securityContext.runAsUser - spec.securityContext.runAsGroup - spec.securityContext.supplementalGroups - spec.securityContext.supplementalGroupsPolicy - spec.containers[*].securityContext.appArmorProfile - spec.containers[*].securityContext.seLinuxOptions - spec.containers[*].securityContext.seccompProfile - spec.containers[*].securityContext.capabilities - spec.containers[*].securityContext.readOnlyRootFilesystem - spec.containers[*].securityContext.privileged - spec.containers[*].securityContext.allowPrivilegeEscalation - spec.containers[*].securityContext.procMount - spec.containers[*].securityContext.runAsUser - spec.containers[*].securityContext.runAsGroup"},"overhead":{"additionalProperties":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"},"description":"Overhead represents the resource overhead associated with running a pod for a given RuntimeClass. This field will be autopopulated at admission time by the RuntimeClass admission controller. If the RuntimeClass admission controller is enabled, overhead must not be set in Pod create requests. The RuntimeClass admission controller will reject Pod create requests which have the overhead already set. If RuntimeClass is configured and selected in the PodSpec, Overhead will be set to the value defined in the corresponding RuntimeClass, otherwise it will remain unset and treated as zero. More info: https://git.k8s.io/enhancements/keps/sig-node/688-pod-overhead/README.md","type":"object"},"preemptionPolicy":{"description":"PreemptionPolicy is the Policy for preempting pods with lower priority. One of Never, PreemptLowerPriority. Defaults to PreemptLowerPriority if unset.","type":"string"},"priority":{"description":"The priority value. Various system components use this field to find the priority of the pod. When Priority Admission Controller is enabled, it prevents users from setting this field. The admission controller populates this field from PriorityClassName. The higher the value, the higher the priority.","format":"int32","type":"integer"},"priorityClassName":{"description":"If specified, indicates the pod\'s priority. \\"system-node-critical\\" and \\"system-cluster-critical\\" are two special keywords which indicate the highest priorities with the former being the highest priority. Any other name must be defined by creating a PriorityClass object with that name. If not specified, the pod priority will be default or zero if there is no default.","type":"string"},"readinessGates":{"description":"If specified, all readiness gates will be evaluated for pod readiness. A pod is ready when all its containers are ready AND all conditions specified in the readiness gates have status equal to \\"True\\" More info: https://git.k8s.io/enhancements/keps/sig-network/580-pod-readiness-gates","items":{"$ref":"#/definitions/io.k8s.api.core.v1.PodReadinessGate"},"type":"array","x-kubernetes-list-type":"atomic"},"resourceClaims":{"description":"ResourceClaims defines which ResourceClaims must be allocated and reserved before the Pod is allowed to start. The resources will be made available to those containers which consume them by name.\\n\\nThis is a stable field but requires that the DynamicResourceAllocation feature gate is enabled.\\n\\nThis field is immutable.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.PodResourceClaim"},"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"name","x-kubernetes-patch-strategy":"merge,retainKeys"},"resources":{"$ref":"#/definitions/io.k8s.api.core.v1.ResourceRequirements","description":"Resources is the total amount of CPU and Memory resources required by all containers in the pod. It supports specifying Requests and Limits for \\"cpu\\", \\"memory\\" and \\"hugepages-\\" resource names only. ResourceClaims are not supported.\\n\\nThis field enables fine-grained control over resource allocation for the entire pod, allowing resource sharing among containers in a pod.\\n\\nThis is an alpha field and requires enabling the PodLevelResources feature gate."},"restartPolicy":{"description":"Restart policy for all containers within the pod. One of Always, OnFailure, Never. In some contexts, only a subset of those values may be permitted. Default to Always. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy","type":"string"},"runtimeClassName":{"description":"RuntimeClassName refers to a RuntimeClass object in the node.k8s.io group, which should be used to run this pod.  If no RuntimeClass resource matches the named class, the pod will not be run. If unset or empty, the \\"legacy\\" RuntimeClass will be used, which is an implicit class with an empty definition that uses the default runtime handler. More info: https://git.k8s.io/enhancements/keps/sig-node/585-runtime-class","type":"string"},"schedulerName":{"description":"If specified, the pod will be dispatched by specified scheduler. If not specified, the pod will be dispatched by default scheduler.","type":"string"},"schedulingGates":{"description":"SchedulingGates is an opaque list of values that if specified will block scheduling the pod. If schedulingGates is not empty, the pod will stay in the SchedulingGated state and the scheduler will not attempt to schedule the pod.\\n\\nSchedulingGates can only be set at pod creation time, and be removed only afterwards.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.PodSchedulingGate"},"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"name","x-kubernetes-patch-strategy":"merge"},"schedulingGroup":{"$ref":"#/definitions/io.k8s.api.core.v1.PodSchedulingGroup","description":"SchedulingGroup provides a reference to the immediate scheduling runtime grouping object that this Pod belongs to. This field is used by the scheduler to identify the group and apply the correct group scheduling policies. The association with a group also impacts other lifecycle aspects of a Pod that are relevant in a wider context of scheduling like preemption, resource attachment, etc. If not specified, the Pod is treated as a single unit in all of these aspects. The group object referenced by this field may not exist at the time the Pod is created. This field is immutable, but a group object with the same name may be recreated with different policies. Doing this during pod scheduling may result in the placement not conforming to the expected policies."},"securityContext":{"$ref":"#/definitions/io.k8s.api.core.v1.PodSecurityContext","description":"SecurityContext holds pod-level security attributes and common container settings. Optional: Defaults to empty.  See type description for default values of each field."},"serviceAccount":{"description":"DeprecatedServiceAccount is a deprecated alias for ServiceAccountName. Deprecated: Use serviceAccountName instead.","type":"string"},"serviceAccountName":{"description":"ServiceAccountName is the name of the ServiceAccount to use to run this pod. More info: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/","type":"string"},"setHostnameAsFQDN":{"description":"If true the pod\'s hostname will be configured as the pod\'s FQDN, rather than the leaf name (the default). In Linux containers, this means setting the FQDN in the hostname field of the kernel (the nodename field of struct utsname). In Windows containers, this means setting the registry value of hostname for the registry key HKEY_LOCAL_MACHINE\\\\\\\\SYSTEM\\\\\\\\CurrentControlSet\\\\\\\\Services\\\\\\\\Tcpip\\\\\\\\Parameters to FQDN. If a pod does not have FQDN, this has no effect. Default to false.","type":"boolean"},"shareProcessNamespace":{"description":"Share a single process namespace between all of the containers in a pod. When this is set containers will be able to view and signal processes from other containers in the same pod, and the first process in each container will not be assigned PID 1. HostPID and ShareProcessNamespace cannot both be set. Optional: Default to false.","type":"boolean"},"subdomain":{"description":"If specified, the fully qualified Pod hostname will be \\"<hostname>.<subdomain>.<pod namespace>.svc.<cluster domain>\\". If not specified, the pod will not have a domainname at all.","type":"string"},"terminationGracePeriodSeconds":{"description":"Optional duration in seconds the pod needs to terminate gracefully. May be decreased in delete request. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). If this value is nil, the default grace period will be used instead. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. Defaults to 30 seconds.","format":"int64","type":"integer"},"tolerations":{"description":"If specified, the pod\'s tolerations.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.Toleration"},"type":"array","x-kubernetes-list-type":"atomic"},"topologySpreadConstraints":{"description":"TopologySpreadConstraints describes how a group of pods ought to spread across topology domains. Scheduler will schedule pods in a way which abides by the constraints. All topologySpreadConstraints are ANDed.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.TopologySpreadConstraint"},"type":"array","x-kubernetes-list-map-keys":["topologyKey","whenUnsatisfiable"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"topologyKey","x-kubernetes-patch-strategy":"merge"},"volumes":{"description":"List of volumes that can be mounted by containers belonging to the pod. More info: https://kubernetes.io/docs/concepts/storage/volumes","items":{"$ref":"#/definitions/io.k8s.api.core.v1.Volume"},"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"name","x-kubernetes-patch-strategy":"merge,retainKeys"}},"required":["containers"],"type":"object"},"io.k8s.api.core.v1.PodStatus":{"description":"PodStatus represents information about the status of a pod. Status may trail the actual state of a system, especially if the node that hosts the pod cannot contact the control plane.","properties":{"allocatedResources":{"additionalProperties":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"},"description":"AllocatedResources is the total requests allocated for this pod by the node. If pod-level requests are not set, this will be the total requests aggregated across containers in the pod.","type":"object"},"conditions":{"description":"Current service state of pod. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions","items":{"$ref":"#/definitions/io.k8s.api.core.v1.PodCondition"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"type","x-kubernetes-patch-strategy":"merge"},"containerStatuses":{"description":"Statuses of containers in this pod. Each container in the pod should have at most one status in this list, and all statuses should be for containers in the pod. However this is not enforced. If a status for a non-existent container is present in the list, or the list has duplicate names, the behavior of various Kubernetes components is not defined and those statuses might be ignored. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status","items":{"$ref":"#/definitions/io.k8s.api.core.v1.ContainerStatus"},"type":"array","x-kubernetes-list-type":"atomic"},"ephemeralContainerStatuses":{"description":"Statuses for any ephemeral containers that have run in this pod. Each ephemeral container in the pod should have at most one status in this list, and all statuses should be for containers in the pod. However this is not enforced. If a status for a non-existent container is present in the list, or the list has duplicate names, the behavior of various Kubernetes components is not defined and those statuses might be ignored. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status","items":{"$ref":"#/definitions/io.k8s.api.core.v1.ContainerStatus"},"type":"array","x-kubernetes-list-type":"atomic"},"extendedResourceClaimStatus":{"$ref":"#/definitions/io.k8s.api.core.v1.PodExtendedResourceClaimStatus","description":"Status of extended resource claim backed by DRA."},"hostIP":{"description":"hostIP holds the IP address of the host to which the pod is assigned. Empty if the pod has not started yet. A pod can be assigned to a node that has a problem in kubelet which in turns mean that HostIP will not be updated even if there is a node is assigned to pod","type":"string"},"hostIPs":{"description":"hostIPs holds the IP addresses allocated to the host. If this field is specified, the first entry must match the hostIP field. This list is empty if the pod has not started yet. A pod can be assigned to a node that has a problem in kubelet which in turns means that HostIPs will not be updated even if there is a node is assigned to this pod.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.HostIP"},"type":"array","x-kubernetes-list-type":"atomic","x-kubernetes-patch-merge-key":"ip","x-kubernetes-patch-strategy":"merge"},"initContainerStatuses":{"description":"Statuses of init containers in this pod. The most recent successful non-restartable init container will have ready = true, the most recently started container will have startTime set. Each init container in the pod should have at most one status in this list, and all statuses should be for containers in the pod. However this is not enforced. If a status for a non-existent container is present in the list, or the list has duplicate names, the behavior of various Kubernetes components is not defined and those statuses might be ignored. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-and-container-status","items":{"$ref":"#/definitions/io.k8s.api.core.v1.ContainerStatus"},"type":"array","x-kubernetes-list-type":"atomic"},"message":{"description":"A human readable message indicating details about why the pod is in this condition.","type":"string"},"nodeAllocatableResourceClaimStatuses":{"description":"NodeAllocatableResourceClaimStatuses contains the status of node-allocatable resources that were allocated for this pod through DRA claims. This includes resources currently reported in v1.Node `status.allocatable` that are not extended resources (see https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#extended-resources). Examples include \\"cpu\\", \\"memory\\", \\"ephemeral-storage\\", and hugepages.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeAllocatableResourceClaimStatus"},"type":"array","x-kubernetes-list-type":"atomic"},"nominatedNodeName":{"description":"nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be scheduled right away as preemption victims receive their graceful termination periods. This field does not guarantee that the pod will be scheduled on this node. Scheduler may decide to place the pod elsewhere if other nodes become available sooner. Scheduler may also decide to give the resources on this node to a higher priority pod that is created after preemption. As a result, this field may be different than PodSpec.nodeName when the pod is scheduled.","type":"string"},"observedGeneration":{"description":"If set, this represents the .metadata.generation that the pod status was set based upon. The PodObservedGenerationTracking feature gate must be enabled to use this field.","format":"int64","type":"integer"},"phase":{"description":"The phase of a Pod is a simple, high-level summary of where the Pod is in its lifecycle. The conditions array, the reason and message fields, and the individual container status arrays contain more detail about the pod\'s status. There are five possible phase values:\\n\\nPending: The pod has been accepted by the Kubernetes system, but one or more of the container images has not been created. This includes time before being scheduled as well as time spent downloading images over the network, which could take a while. Running: The pod has been bound to a node, and all of the containers have been created. At least one container is still running, or is in the process of starting or restarting. Succeeded: All containers in the pod have terminated in success, and will not be restarted. Failed: All containers in the pod have terminated, and at least one container has terminated in failure. The container either exited with non-zero status or was terminated by the system. Unknown: For some reason the state of the pod could not be obtained, typically due to an error in communicating with the host of the pod.\\n\\nMore info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-phase","type":"string"},"podIP":{"description":"podIP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.","type":"string"},"podIPs":{"description":"podIPs holds the IP addresses allocated to the pod. If this field is specified, the 0th entry must match the podIP field. Pods may be allocated at most 1 value for each of IPv4 and IPv6. This list is empty if no IPs have been allocated yet.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.PodIP"},"type":"array","x-kubernetes-list-map-keys":["ip"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"ip","x-kubernetes-patch-strategy":"merge"},"qosClass":{"description":"The Quality of Service (QOS) classification assigned to the pod based on resource requirements See PodQOSClass type for available QOS classes More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/#quality-of-service-classes","type":"string"},"reason":{"description":"A brief CamelCase message indicating details about why the pod is in this state. e.g. \'Evicted\'","type":"string"},"resize":{"description":"Status of resources resize desired for pod\'s containers. It is empty if no resources resize is pending. Any changes to container resources will automatically set this to \\"Proposed\\" Deprecated: Resize status is moved to two pod conditions PodResizePending and PodResizeInProgress. PodResizePending will track states where the spec has been resized, but the Kubelet has not yet allocated the resources. PodResizeInProgress will track in-progress resizes, and should be present whenever allocated resources != acknowledged resources.","type":"string"},"resourceClaimStatuses":{"description":"Status of resource claims.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.PodResourceClaimStatus"},"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"name","x-kubernetes-patch-strategy":"merge,retainKeys"},"resources":{"$ref":"#/definitions/io.k8s.api.core.v1.ResourceRequirements","description":"Resources represents the compute resource requests and limits that have been applied at the pod level if pod-level requests or limits are set in PodSpec.Resources"},"startTime":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time","description":"RFC 3339 date and time at which the object was acknowledged by the Kubelet. This is before the Kubelet pulled the container image(s) for the pod."}},"type":"object"},"io.k8s.api.core.v1.PodTemplateSpec":{"description":"PodTemplateSpec describes the data a pod should have when created from a template","properties":{"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta","description":"Standard object\'s metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"},"spec":{"$ref":"#/definitions/io.k8s.api.core.v1.PodSpec","description":"Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"}},"type":"object"},"io.k8s.api.core.v1.PortStatus":{"description":"PortStatus represents the error condition of a service port","properties":{"error":{"description":"Error is to record the problem with the service port The format of the error shall comply with the following rules: - built-in error values shall be specified in this file and those shall use\\n  CamelCase names\\n- cloud provider specific error values must have names that comply with the\\n  format foo.example.com/CamelCase.","type":"string"},"port":{"description":"Port is the port number of the service port of which status is recorded here","format":"int32","type":"integer"},"protocol":{"description":"Protocol is the protocol of the service port of which status is recorded here The supported values are: \\"TCP\\", \\"UDP\\", \\"SCTP\\"","type":"string"}},"required":["port","protocol"],"type":"object"},"io.k8s.api.core.v1.PortworxVolumeSource":{"description":"PortworxVolumeSource represents a Portworx volume resource.","properties":{"fsType":{"description":"fSType represents the filesystem type to mount Must be a filesystem type supported by the host operating system. Ex. \\"ext4\\", \\"xfs\\". Implicitly inferred to be \\"ext4\\" if unspecified.","type":"string"},"readOnly":{"description":"readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.","type":"boolean"},"volumeID":{"description":"volumeID uniquely identifies a Portworx volume","type":"string"}},"required":["volumeID"],"type":"object"},"io.k8s.api.core.v1.PreferredSchedulingTerm":{"description":"An empty preferred scheduling term matches all objects with implicit weight 0 (i.e. it\'s a no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).","properties":{"preference":{"$ref":"#/definitions/io.k8s.api.core.v1.NodeSelectorTerm","description":"A node selector term, associated with the corresponding weight."},"weight":{"description":"Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.","format":"int32","type":"integer"}},"required":["weight","preference"],"type":"object"},"io.k8s.api.core.v1.Probe":{"description":"Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.","properties":{"exec":{"$ref":"#/definitions/io.k8s.api.core.v1.ExecAction","description":"Exec specifies a command to execute in the container."},"failureThreshold":{"description":"Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.","format":"int32","type":"integer"},"grpc":{"$ref":"#/definitions/io.k8s.api.core.v1.GRPCAction","description":"GRPC specifies a GRPC HealthCheckRequest."},"httpGet":{"$ref":"#/definitions/io.k8s.api.core.v1.HTTPGetAction","description":"HTTPGet specifies an HTTP GET request to perform."},"initialDelaySeconds":{"description":"Number of seconds after the container has started before liveness probes are initiated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes","format":"int32","type":"integer"},"periodSeconds":{"description":"How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.","format":"int32","type":"integer"},"successThreshold":{"description":"Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.","format":"int32","type":"integer"},"tcpSocket":{"$ref":"#/definitions/io.k8s.api.core.v1.TCPSocketAction","description":"TCPSocket specifies a connection to a TCP port."},"terminationGracePeriodSeconds":{"description":"Optional duration in seconds the pod needs to terminate gracefully upon probe failure. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. If this value is nil, the pod\'s terminationGracePeriodSeconds will be used. Otherwise, this value overrides the value provided by the pod spec. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate. Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.","format":"int64","type":"integer"},"timeoutSeconds":{"description":"Number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes","format":"int32","type":"integer"}},"type":"object"},"io.k8s.api.core.v1.ProjectedVolumeSource":{"description":"Represents a projected volume source","properties":{"defaultMode":{"description":"defaultMode are the mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.","format":"int32","type":"integer"},"sources":{"description":"sources is the list of volume projections. Each entry in this list handles one source.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.VolumeProjection"},"type":"array","x-kubernetes-list-type":"atomic"}},"type":"object"},"io.k8s.api.core.v1.QuobyteVolumeSource":{"description":"Represents a Quobyte mount that lasts the lifetime of a pod. Quobyte volumes do not support ownership management or SELinux relabeling.","properties":{"group":{"description":"group to map volume access to Default is no group","type":"string"},"readOnly":{"description":"readOnly here will force the Quobyte volume to be mounted with read-only permissions. Defaults to false.","type":"boolean"},"registry":{"description":"registry represents a single or multiple Quobyte Registry services specified as a string as host:port pair (multiple entries are separated with commas) which acts as the central registry for volumes","type":"string"},"tenant":{"description":"tenant owning the given Quobyte volume in the Backend Used with dynamically provisioned Quobyte volumes, value is set by the plugin","type":"string"},"user":{"description":"user to map volume access to Defaults to serivceaccount user","type":"string"},"volume":{"description":"volume is a string that references an already created Quobyte volume by name.","type":"string"}},"required":["registry","volume"],"type":"object"},"io.k8s.api.core.v1.RBDVolumeSource":{"description":"Represents a Rados Block Device mount that lasts the lifetime of a pod. RBD volumes support ownership management and SELinux relabeling.","properties":{"fsType":{"description":"fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: \\"ext4\\", \\"xfs\\", \\"ntfs\\". Implicitly inferred to be \\"ext4\\" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#rbd","type":"string"},"image":{"description":"image is the rados image name. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it","type":"string"},"keyring":{"description":"keyring is the path to key ring for RBDUser. Default is /etc/ceph/keyring. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it","type":"string"},"monitors":{"description":"monitors is a collection of Ceph monitors. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"pool":{"description":"pool is the rados pool name. Default is rbd. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it","type":"string"},"readOnly":{"description":"readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it","type":"boolean"},"secretRef":{"$ref":"#/definitions/io.k8s.api.core.v1.LocalObjectReference","description":"secretRef is name of the authentication secret for RBDUser. If provided overrides keyring. Default is nil. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it"},"user":{"description":"user is the rados user name. Default is admin. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it","type":"string"}},"required":["monitors","image"],"type":"object"},"io.k8s.api.core.v1.ResourceClaim":{"description":"ResourceClaim references one entry in PodSpec.ResourceClaims.","properties":{"name":{"description":"Name must match the name of one entry in pod.spec.resourceClaims of the Pod where this field is used. It makes that resource available inside a container.","type":"string"},"request":{"description":"Request is the name chosen for a request in the referenced claim. If empty, everything from the claim is made available, otherwise only the result of this request.","type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.core.v1.ResourceFieldSelector":{"description":"ResourceFieldSelector represents container resources (cpu, memory) and their output format","properties":{"containerName":{"description":"Container name: required for volumes, optional for env vars","type":"string"},"divisor":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity","description":"Specifies the output format of the exposed resources, defaults to \\"1\\""},"resource":{"description":"Required: resource to select","type":"string"}},"required":["resource"],"type":"object","x-kubernetes-map-type":"atomic"},"io.k8s.api.core.v1.ResourceHealth":{"description":"ResourceHealth represents the health of a resource. It has the latest device health information. This is a part of KEP https://kep.k8s.io/4680.","properties":{"health":{"description":"Health of the resource. can be one of:\\n - Healthy: operates as normal\\n - Unhealthy: reported unhealthy. We consider this a temporary health issue\\n              since we do not have a mechanism today to distinguish\\n              temporary and permanent issues.\\n - Unknown: The status cannot be determined.\\n            For example, Device Plugin got unregistered and hasn\'t been re-registered since.\\n\\nIn future we may want to introduce the PermanentlyUnhealthy Status.","type":"string"},"message":{"description":"Message provides human-readable context for Health (e.g. \\"ECC error count exceeded threshold\\"). This field is populated by the kubelet when ResourceHealthStatusMessage is enabled if the DRA plugin returns a message, and is null otherwise.","type":"string"},"resourceID":{"description":"ResourceID is the unique identifier of the resource. See the ResourceID type for more information.","type":"string"}},"required":["resourceID"],"type":"object"},"io.k8s.api.core.v1.ResourceRequirements":{"description":"ResourceRequirements describes the compute resource requirements.","properties":{"claims":{"description":"Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.\\n\\nThis field depends on the DynamicResourceAllocation feature gate.\\n\\nThis field is immutable. It can only be set for containers.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.ResourceClaim"},"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map"},"limits":{"additionalProperties":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"},"description":"Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/","type":"object"},"requests":{"additionalProperties":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"},"description":"Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/","type":"object"}},"type":"object"},"io.k8s.api.core.v1.ResourceStatus":{"description":"ResourceStatus represents the status of a single resource allocated to a Pod.","properties":{"name":{"description":"Name of the resource. Must be unique within the pod and in case of non-DRA resource, match one of the resources from the pod spec. For DRA resources, the value must be \\"claim:<claim_name>/<request>\\". When this status is reported about a container, the \\"claim_name\\" and \\"request\\" must match one of the claims of this container.","type":"string"},"resources":{"description":"List of unique resources health. Each element in the list contains an unique resource ID and its health. At a minimum, for the lifetime of a Pod, resource ID must uniquely identify the resource allocated to the Pod on the Node. If other Pod on the same Node reports the status with the same resource ID, it must be the same resource they share. See ResourceID type definition for a specific format it has in various use cases.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.ResourceHealth"},"type":"array","x-kubernetes-list-map-keys":["resourceID"],"x-kubernetes-list-type":"map"}},"required":["name"],"type":"object"},"io.k8s.api.core.v1.SELinuxOptions":{"description":"SELinuxOptions are the labels to be applied to the container","properties":{"level":{"description":"Level is SELinux level label that applies to the container.","type":"string"},"role":{"description":"Role is a SELinux role label that applies to the container.","type":"string"},"type":{"description":"Type is a SELinux type label that applies to the container.","type":"string"},"user":{"description":"User is a SELinux user label that applies to the container.","type":"string"}},"type":"object"},"io.k8s.api.core.v1.ScaleIOVolumeSource":{"description":"ScaleIOVolumeSource represents a persistent ScaleIO volume","properties":{"fsType":{"description":"fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. \\"ext4\\", \\"xfs\\", \\"ntfs\\". Default is \\"xfs\\".","type":"string"},"gateway":{"description":"gateway is the host address of the ScaleIO API Gateway.","type":"string"},"protectionDomain":{"description":"protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.","type":"string"},"readOnly":{"description":"readOnly Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.","type":"boolean"},"secretRef":{"$ref":"#/definitions/io.k8s.api.core.v1.LocalObjectReference","description":"secretRef references to the secret for ScaleIO user and other sensitive information. If this is not provided, Login operation will fail."},"sslEnabled":{"description":"sslEnabled Flag enable/disable SSL communication with Gateway, default false","type":"boolean"},"storageMode":{"description":"storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned. Default is ThinProvisioned.","type":"string"},"storagePool":{"description":"storagePool is the ScaleIO Storage Pool associated with the protection domain.","type":"string"},"system":{"description":"system is the name of the storage system as configured in ScaleIO.","type":"string"},"volumeName":{"description":"volumeName is the name of a volume already created in the ScaleIO system that is associated with this volume source.","type":"string"}},"required":["gateway","system","secretRef"],"type":"object"},"io.k8s.api.core.v1.SeccompProfile":{"description":"SeccompProfile defines a pod/container\'s seccomp profile settings. Only one profile source may be set.","properties":{"localhostProfile":{"description":"localhostProfile indicates a profile defined in a file on the node should be used. The profile must be preconfigured on the node to work. Must be a descending path, relative to the kubelet\'s configured seccomp profile location. Must be set if type is \\"Localhost\\". Must NOT be set for any other type.","type":"string"},"type":{"description":"type indicates which kind of seccomp profile will be applied. Valid options are:\\n\\nLocalhost - a profile defined in a file on the node should be used. RuntimeDefault - the container runtime default profile should be used. Unconfined - no profile should be applied.","type":"string"}},"required":["type"],"type":"object","x-kubernetes-unions":[{"discriminator":"type","fields-to-discriminateBy":{"localhostProfile":"LocalhostProfile"}}]},"io.k8s.api.core.v1.SecretEnvSource":{"description":"SecretEnvSource selects a Secret to populate the environment variables with.\\n\\nThe contents of the target Secret\'s Data field will represent the key-value pairs as environment variables.","properties":{"name":{"description":"Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names","type":"string"},"optional":{"description":"Specify whether the Secret must be defined","type":"boolean"}},"type":"object"},"io.k8s.api.core.v1.SecretKeySelector":{"description":"SecretKeySelector selects a key of a Secret.","properties":{"key":{"description":"The key of the secret to select from.  Must be a valid secret key.","type":"string"},"name":{"description":"Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names","type":"string"},"optional":{"description":"Specify whether the Secret or its key must be defined","type":"boolean"}},"required":["key"],"type":"object","x-kubernetes-map-type":"atomic"},"io.k8s.api.core.v1.SecretProjection":{"description":"Adapts a secret into a projected volume.\\n\\nThe contents of the target Secret\'s Data field will be presented in a projected volume as files using the keys in the Data field as the file names. Note that this is identical to a secret volume source without the default mode.","properties":{"items":{"description":"items if unspecified, each key-value pair in the Data field of the referenced Secret will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the Secret, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the \'..\' path or start with \'..\'.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.KeyToPath"},"type":"array","x-kubernetes-list-type":"atomic"},"name":{"description":"Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names","type":"string"},"optional":{"description":"optional field specify whether the Secret or its key must be defined","type":"boolean"}},"type":"object"},"io.k8s.api.core.v1.SecretVolumeSource":{"description":"Adapts a Secret into a volume.\\n\\nThe contents of the target Secret\'s Data field will be presented in a volume as files using the keys in the Data field as the file names. Secret volumes support ownership management and SELinux relabeling.","properties":{"defaultMode":{"description":"defaultMode is Optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Defaults to 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.","format":"int32","type":"integer"},"items":{"description":"items If unspecified, each key-value pair in the Data field of the referenced Secret will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the Secret, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the \'..\' path or start with \'..\'.","items":{"$ref":"#/definitions/io.k8s.api.core.v1.KeyToPath"},"type":"array","x-kubernetes-list-type":"atomic"},"optional":{"description":"optional field specify whether the Secret or its keys must be defined","type":"boolean"},"secretName":{"description":"secretName is the name of the secret in the pod\'s namespace to use. More info: https://kubernetes.io/docs/concepts/storage/volumes#secret","type":"string"}},"type":"object"},"io.k8s.api.core.v1.SecurityContext":{"description":"SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext.  When both are set, the values in SecurityContext take precedence.","properties":{"allowPrivilegeEscalation":{"description":"AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent process. This bool directly controls if the no_new_privs flag will be set on the container process. AllowPrivilegeEscalation is true always when the container is: 1) run as Privileged 2) has CAP_SYS_ADMIN Note that this field cannot be set when spec.os.name is windows.","type":"boolean"},"appArmorProfile":{"$ref":"#/definitions/io.k8s.api.core.v1.AppArmorProfile","description":"appArmorProfile is the AppArmor options to use by this container. If set, this profile overrides the pod\'s appArmorProfile. Note that this field cannot be set when spec.os.name is windows."},"capabilities":{"$ref":"#/definitions/io.k8s.api.core.v1.Capabilities","description":"The capabilities to add/drop when running containers. Defaults to the default set of capabilities granted by the container runtime. Note that this field cannot be set when spec.os.name is windows."},"privileged":{"description":"Run container in privileged mode. Processes in privileged containers are essentially equivalent to root on the host. Defaults to false. Note that this field cannot be set when spec.os.name is windows.","type":"boolean"},"procMount":{"description":"procMount denotes the type of proc mount to use for the containers. The default value is Default which uses the container runtime defaults for readonly paths and masked paths. Note that this field cannot be set when spec.os.name is windows.","type":"string"},"readOnlyRootFilesystem":{"description":"Whether this container has a read-only root filesystem. Default is false. Note that this field cannot be set when spec.os.name is windows.","type":"boolean"},"runAsGroup":{"description":"The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.","format":"int64","type":"integer"},"runAsNonRoot":{"description":"Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.","type":"boolean"},"runAsUser":{"description":"The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.","format":"int64","type":"integer"},"seLinuxOptions":{"$ref":"#/definitions/io.k8s.api.core.v1.SELinuxOptions","description":"The SELinux context to be applied to the container. If unspecified, the container runtime will allocate a random SELinux context for each container.  May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows."},"seccompProfile":{"$ref":"#/definitions/io.k8s.api.core.v1.SeccompProfile","description":"The seccomp options to use by this container. If seccomp options are provided at both the pod & container level, the container options override the pod options. Note that this field cannot be set when spec.os.name is windows."},"windowsOptions":{"$ref":"#/definitions/io.k8s.api.core.v1.WindowsSecurityContextOptions","description":"The Windows specific settings applied to all containers. If unspecified, the options from the PodSecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is linux."}},"type":"object"},"io.k8s.api.core.v1.Service":{"description":"Service is a named abstraction of software service (for example, mysql) consisting of local port (for example 3306) that the proxy listens on, and the selector that determines which pods will answer requests sent through the proxy.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta","description":"Standard object\'s metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"},"spec":{"$ref":"#/definitions/io.k8s.api.core.v1.ServiceSpec","description":"Spec defines the behavior of a service. https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"},"status":{"$ref":"#/definitions/io.k8s.api.core.v1.ServiceStatus","description":"Most recently observed status of the service. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"}},"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"Service","version":"v1"}]},"io.k8s.api.core.v1.ServiceAccountTokenProjection":{"description":"ServiceAccountTokenProjection represents a projected service account token volume. This projection can be used to insert a service account token into the pods runtime filesystem for use against APIs (Kubernetes API Server or otherwise).","properties":{"audience":{"description":"audience is the intended audience of the token. A recipient of a token must identify itself with an identifier specified in the audience of the token, and otherwise should reject the token. The audience defaults to the identifier of the apiserver.","type":"string"},"expirationSeconds":{"description":"expirationSeconds is the requested duration of validity of the service account token. As the token approaches expiration, the kubelet volume plugin will proactively rotate the service account token. The kubelet will start trying to rotate the token if the token is older than 80 percent of its time to live or if the token is older than 24 hours.Defaults to 1 hour and must be at least 10 minutes.","format":"int64","type":"integer"},"path":{"description":"path is the path relative to the mount point of the file to project the token into.","type":"string"}},"required":["path"],"type":"object"},"io.k8s.api.core.v1.ServiceList":{"description":"ServiceList holds a list of services.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"items":{"description":"List of services","items":{"$ref":"#/definitions/io.k8s.api.core.v1.Service"},"type":"array"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta","description":"Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"}},"required":["items"],"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"ServiceList","version":"v1"}]},"io.k8s.api.core.v1.ServicePort":{"description":"ServicePort contains information on service\'s port.","properties":{"appProtocol":{"description":"The application protocol for this port. This is used as a hint for implementations to offer richer behavior for protocols that they understand. This field follows standard Kubernetes label syntax. Valid values are either:\\n\\n* Un-prefixed protocol names - reserved for IANA standard service names (as per RFC-6335 and https://www.iana.org/assignments/service-names).\\n\\n* Kubernetes-defined prefixed names:\\n  * \'kubernetes.io/h2c\' - HTTP/2 prior knowledge over cleartext as described in https://www.rfc-editor.org/rfc/rfc9113.html#name-starting-http-2-with-prior-\\n  * \'kubernetes.io/ws\'  - WebSocket over cleartext as described in https://www.rfc-editor.org/rfc/rfc6455\\n  * \'kubernetes.io/wss\' - WebSocket over TLS as described in https://www.rfc-editor.org/rfc/rfc6455\\n\\n* Other protocols should use implementation-defined prefixed names such as mycompany.com/my-custom-protocol.","type":"string"},"name":{"description":"The name of this port within the service. This must be a DNS_LABEL. All ports within a ServiceSpec must have unique names. When considering the endpoints for a Service, this must match the \'name\' field in the EndpointPort. Optional if only one ServicePort is defined on this service.","type":"string"},"nodePort":{"description":"The port on each node on which this service is exposed when type is NodePort or LoadBalancer.  Usually assigned by the system. If a value is specified, in-range, and not in use it will be used, otherwise the operation will fail.  If not specified, a port will be allocated if this Service requires one.  If this field is specified when creating a Service which does not need it, creation will fail. This field will be wiped when updating a Service to no longer need it (e.g. changing type from NodePort to ClusterIP). More info: https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport","format":"int32","type":"integer"},"port":{"description":"The port that will be exposed by this service.","format":"int32","type":"integer"},"protocol":{"description":"The IP protocol for this port. Supports \\"TCP\\", \\"UDP\\", and \\"SCTP\\". Default is TCP.","type":"string"},"targetPort":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString","description":"Number or name of the port to access on the pods targeted by the service. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME. If this is a string, it will be looked up as a named port in the target Pod\'s container ports. If this is not specified, the value of the \'port\' field is used (an identity map). This field is ignored for services with clusterIP=None, and should be omitted or set equal to the \'port\' field. More info: https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service"}},"required":["port"],"type":"object"},"io.k8s.api.core.v1.ServiceSpec":{"description":"ServiceSpec describes the attributes that a user creates on a service.","properties":{"allocateLoadBalancerNodePorts":{"description":"allocateLoadBalancerNodePorts defines if NodePorts will be automatically allocated for services with type LoadBalancer.  Default is \\"true\\". It may be set to \\"false\\" if the cluster load-balancer does not rely on NodePorts.  If the caller requests specific NodePorts (by specifying a value), those requests will be respected, regardless of this field. This field may only be set for services with type LoadBalancer and will be cleared if the type is changed to any other type.","type":"boolean"},"clusterIP":{"description":"clusterIP is the IP address of the service and is usually assigned randomly. If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail. This field may not be changed through updates unless the type field is also being changed to ExternalName (which requires this field to be blank) or the type field is being changed from ExternalName (in which case this field may optionally be specified, as describe above).  Valid values are \\"None\\", empty string (\\"\\"), or a valid IP address. Setting this to \\"None\\" makes a \\"headless service\\" (no virtual IP), which is useful when direct endpoint connections are preferred and proxying is not required.  Only applies to types ClusterIP, NodePort, and LoadBalancer. If this field is specified when creating a Service of type ExternalName, creation will fail. This field will be wiped when updating a Service to type ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies","type":"string"},"clusterIPs":{"description":"ClusterIPs is a list of IP addresses assigned to this service, and are usually assigned randomly.  If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail. This field may not be changed through updates unless the type field is also being changed to ExternalName (which requires this field to be empty) or the type field is being changed from ExternalName (in which case this field may optionally be specified, as describe above).  Valid values are \\"None\\", empty string (\\"\\"), or a valid IP address.  Setting this to \\"None\\" makes a \\"headless service\\" (no virtual IP), which is useful when direct endpoint connections are preferred and proxying is not required.  Only applies to types ClusterIP, NodePort, and LoadBalancer. If this field is specified when creating a Service of type ExternalName, creation will fail. This field will be wiped when updating a Service to type ExternalName.  If this field is not specified, it will be initialized from the clusterIP field.  If this field is specified, clients must ensure that clusterIPs[0] and clusterIP have the same value.\\n\\nThis field may hold a maximum of two entries (dual-stack IPs, in either order). These IPs must correspond to the values of the ipFamilies field. Both clusterIPs and ipFamilies are governed by the ipFamilyPolicy field. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"externalIPs":{"description":"externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service.  These IPs are not managed by Kubernetes.  The user is responsible for ensuring that traffic arrives at a node with this IP.  A common example is external load-balancers that are not part of the Kubernetes system.","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"externalName":{"description":"externalName is the external reference that discovery mechanisms will return as an alias for this service (e.g. a DNS CNAME record). No proxying will be involved.  Must be a lowercase RFC-1123 hostname (https://tools.ietf.org/html/rfc1123) and requires `type` to be \\"ExternalName\\".","type":"string"},"externalTrafficPolicy":{"description":"externalTrafficPolicy describes how nodes distribute service traffic they receive on one of the Service\'s \\"externally-facing\\" addresses (NodePorts, ExternalIPs, and LoadBalancer IPs). If set to \\"Local\\", the proxy will configure the service in a way that assumes that external load balancers will take care of balancing the service traffic between nodes, and so each node will deliver traffic only to the node-local endpoints of the service, without masquerading the client source IP. (Traffic mistakenly sent to a node with no endpoints will be dropped.) The default value, \\"Cluster\\", uses the standard behavior of routing to all endpoints evenly (possibly modified by topology and other features). Note that traffic sent to an External IP or LoadBalancer IP from within the cluster will always get \\"Cluster\\" semantics, but clients sending to a NodePort from within the cluster may need to take traffic policy into account when picking a node.","type":"string"},"healthCheckNodePort":{"description":"healthCheckNodePort specifies the healthcheck nodePort for the service. This only applies when type is set to LoadBalancer and externalTrafficPolicy is set to Local. If a value is specified, is in-range, and is not in use, it will be used.  If not specified, a value will be automatically allocated.  External systems (e.g. load-balancers) can use this port to determine if a given node holds endpoints for this service or not.  If this field is specified when creating a Service which does not need it, creation will fail. This field will be wiped when updating a Service to no longer need it (e.g. changing type). This field cannot be updated once set.","format":"int32","type":"integer"},"internalTrafficPolicy":{"description":"InternalTrafficPolicy describes how nodes distribute service traffic they receive on the ClusterIP. If set to \\"Local\\", the proxy will assume that pods only want to talk to endpoints of the service on the same node as the pod, dropping the traffic if there are no local endpoints. The default value, \\"Cluster\\", uses the standard behavior of routing to all endpoints evenly (possibly modified by topology and other features).","type":"string"},"ipFamilies":{"description":"IPFamilies is a list of IP families (e.g. IPv4, IPv6) assigned to this service. This field is usually assigned automatically based on cluster configuration and the ipFamilyPolicy field. If this field is specified manually, the requested family is available in the cluster, and ipFamilyPolicy allows it, it will be used; otherwise creation of the service will fail. This field is conditionally mutable: it allows for adding or removing a secondary IP family, but it does not allow changing the primary IP family of the Service. Valid values are \\"IPv4\\" and \\"IPv6\\".  This field only applies to Services of types ClusterIP, NodePort, and LoadBalancer, and does apply to \\"headless\\" services. This field will be wiped when updating a Service to type ExternalName.\\n\\nThis field may hold a maximum of two entries (dual-stack families, in either order).  These families must correspond to the values of the clusterIPs field, if specified. Both clusterIPs and ipFamilies are governed by the ipFamilyPolicy field.","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"ipFamilyPolicy":{"description":"IPFamilyPolicy represents the dual-stack-ness requested or required by this Service. If there is no value provided, then this field will be set to SingleStack. Services can be \\"SingleStack\\" (a single IP family), \\"PreferDualStack\\" (two IP families on dual-stack configured clusters or a single IP family on single-stack clusters), or \\"RequireDualStack\\" (two IP families on dual-stack configured clusters, otherwise fail). The ipFamilies and clusterIPs fields depend on the value of this field. This field will be wiped when updating a service to type ExternalName.","type":"string"},"loadBalancerClass":{"description":"loadBalancerClass is the class of the load balancer implementation this Service belongs to. If specified, the value of this field must be a label-style identifier, with an optional prefix, e.g. \\"internal-vip\\" or \\"example.com/internal-vip\\". Unprefixed names are reserved for end-users. This field can only be set when the Service type is \'LoadBalancer\'. If not set, the default load balancer implementation is used, today this is typically done through the cloud provider integration, but should apply for any default implementation. If set, it is assumed that a load balancer implementation is watching for Services with a matching class. Any default load balancer implementation (e.g. cloud providers) should ignore Services that set this field. This field can only be set when creating or updating a Service to type \'LoadBalancer\'. Once set, it can not be changed. This field will be wiped when a service is updated to a non \'LoadBalancer\' type.","type":"string"},"loadBalancerIP":{"description":"Only applies to Service Type: LoadBalancer. This feature depends on whether the underlying cloud-provider supports specifying the loadBalancerIP when a load balancer is created. This field will be ignored if the cloud-provider does not support the feature. Deprecated: This field was under-specified and its meaning varies across implementations. Using it is non-portable and it may not support dual-stack. Users are encouraged to use implementation-specific annotations when available.","type":"string"},"loadBalancerSourceRanges":{"description":"If specified and supported by the platform, this will restrict traffic through the cloud-provider load-balancer will be restricted to the specified client IPs. This field will be ignored if the cloud-provider does not support the feature.\\" More info: https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"ports":{"description":"The list of ports that are exposed by this service. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies","items":{"$ref":"#/definitions/io.k8s.api.core.v1.ServicePort"},"type":"array","x-kubernetes-list-map-keys":["port","protocol"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"port","x-kubernetes-patch-strategy":"merge"},"publishNotReadyAddresses":{"description":"publishNotReadyAddresses indicates that any agent which deals with endpoints for this Service should disregard any indications of ready/not-ready. The primary use case for setting this field is for a StatefulSet\'s Headless Service to propagate SRV DNS records for its Pods for the purpose of peer discovery. The Kubernetes controllers that generate Endpoints and EndpointSlice resources for Services interpret this to mean that all endpoints are considered \\"ready\\" even if the Pods themselves are not. Agents which consume only Kubernetes generated endpoints through the Endpoints or EndpointSlice resources can safely assume this behavior.","type":"boolean"},"selector":{"additionalProperties":{"type":"string"},"description":"Route service traffic to pods with label keys and values matching this selector. If empty or not present, the service is assumed to have an external process managing its endpoints, which Kubernetes will not modify. Only applies to types ClusterIP, NodePort, and LoadBalancer. Ignored if type is ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/","type":"object","x-kubernetes-map-type":"atomic"},"sessionAffinity":{"description":"Supports \\"ClientIP\\" and \\"None\\". Used to maintain session affinity. Enable client IP based session affinity. Must be ClientIP or None. Defaults to None. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies","type":"string"},"sessionAffinityConfig":{"$ref":"#/definitions/io.k8s.api.core.v1.SessionAffinityConfig","description":"sessionAffinityConfig contains the configurations of session affinity."},"trafficDistribution":{"description":"TrafficDistribution offers a way to express preferences for how traffic is distributed to Service endpoints. Implementations can use this field as a hint, but are not required to guarantee strict adherence. If the field is not set, the implementation will apply its default routing strategy. If set to \\"PreferClose\\", implementations should prioritize endpoints that are in the same zone.","type":"string"},"type":{"description":"type determines how the Service is exposed. Defaults to ClusterIP. Valid options are ExternalName, ClusterIP, NodePort, and LoadBalancer. \\"ClusterIP\\" allocates a cluster-internal IP address for load-balancing to endpoints. Endpoints are determined by the selector or if that is not specified, by manual construction of an Endpoints object or EndpointSlice objects. If clusterIP is \\"None\\", no virtual IP is allocated and the endpoints are published as a set of endpoints rather than a virtual IP. \\"NodePort\\" builds on ClusterIP and allocates a port on every node which routes to the same endpoints as the clusterIP. \\"LoadBalancer\\" builds on NodePort and creates an external load-balancer (if supported in the current cloud) which routes to the same endpoints as the clusterIP. \\"ExternalName\\" aliases this service to the specified externalName. Several other fields do not apply to ExternalName services. More info: https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types","type":"string"}},"type":"object"},"io.k8s.api.core.v1.ServiceStatus":{"description":"ServiceStatus represents the current status of a service.","properties":{"conditions":{"description":"Current service state","items":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Condition"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"type","x-kubernetes-patch-strategy":"merge"},"loadBalancer":{"$ref":"#/definitions/io.k8s.api.core.v1.LoadBalancerStatus","description":"LoadBalancer contains the current status of the load-balancer, if one is present."}},"type":"object"},"io.k8s.api.core.v1.SessionAffinityConfig":{"description":"SessionAffinityConfig represents the configurations of session affinity.","properties":{"clientIP":{"$ref":"#/definitions/io.k8s.api.core.v1.ClientIPConfig","description":"clientIP contains the configurations of Client IP based session affinity."}},"type":"object"},"io.k8s.api.core.v1.SleepAction":{"description":"SleepAction describes a \\"sleep\\" action.","properties":{"seconds":{"description":"Seconds is the number of seconds to sleep.","format":"int64","type":"integer"}},"required":["seconds"],"type":"object"},"io.k8s.api.core.v1.StorageOSVolumeSource":{"description":"Represents a StorageOS persistent volume resource.","properties":{"fsType":{"description":"fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. \\"ext4\\", \\"xfs\\", \\"ntfs\\". Implicitly inferred to be \\"ext4\\" if unspecified.","type":"string"},"readOnly":{"description":"readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.","type":"boolean"},"secretRef":{"$ref":"#/definitions/io.k8s.api.core.v1.LocalObjectReference","description":"secretRef specifies the secret to use for obtaining the StorageOS API credentials.  If not specified, default values will be attempted."},"volumeName":{"description":"volumeName is the human-readable name of the StorageOS volume.  Volume names are only unique within a namespace.","type":"string"},"volumeNamespace":{"description":"volumeNamespace specifies the scope of the volume within StorageOS.  If no namespace is specified then the Pod\'s namespace will be used.  This allows the Kubernetes name scoping to be mirrored within StorageOS for tighter integration. Set VolumeName to any name to override the default behaviour. Set to \\"default\\" if you are not using namespaces within StorageOS. Namespaces that do not pre-exist within StorageOS will be created.","type":"string"}},"type":"object"},"io.k8s.api.core.v1.Sysctl":{"description":"Sysctl defines a kernel parameter to be set","properties":{"name":{"description":"Name of a property to set","type":"string"},"value":{"description":"Value of a property to set","type":"string"}},"required":["name","value"],"type":"object"},"io.k8s.api.core.v1.TCPSocketAction":{"description":"TCPSocketAction describes an action based on opening a socket","properties":{"host":{"description":"Optional: Host name to connect to, defaults to the pod IP.","type":"string"},"port":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString","description":"Number or name of the port to access on the container. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME."}},"required":["port"],"type":"object"},"io.k8s.api.core.v1.Taint":{"description":"The node this Taint is attached to has the \\"effect\\" on any pod that does not tolerate the Taint.","properties":{"effect":{"description":"Required. The effect of the taint on pods that do not tolerate the taint. Valid effects are NoSchedule, PreferNoSchedule and NoExecute.","type":"string"},"key":{"description":"Required. The taint key to be applied to a node.","type":"string"},"timeAdded":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time","description":"TimeAdded represents the time at which the taint was added."},"value":{"description":"The taint value corresponding to the taint key.","type":"string"}},"required":["key","effect"],"type":"object"},"io.k8s.api.core.v1.Toleration":{"description":"The pod this Toleration is attached to tolerates any taint that matches the triple <key,value,effect> using the matching operator <operator>.","properties":{"effect":{"description":"Effect indicates the taint effect to match. Empty means match all taint effects. When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.","type":"string"},"key":{"description":"Key is the taint key that the toleration applies to. Empty means match all taint keys. If the key is empty, operator must be Exists; this combination means to match all values and all keys.","type":"string"},"operator":{"description":"Operator represents a key\'s relationship to the value. Valid operators are Exists, Equal, Lt, and Gt. Defaults to Equal. Exists is equivalent to wildcard for value, so that a pod can tolerate all taints of a particular category. Lt and Gt perform numeric comparisons (requires feature gate TaintTolerationComparisonOperators).","type":"string"},"tolerationSeconds":{"description":"TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default, it is not set, which means tolerate the taint forever (do not evict). Zero and negative values will be treated as 0 (evict immediately) by the system.","format":"int64","type":"integer"},"value":{"description":"Value is the taint value the toleration matches to. If the operator is Exists, the value should be empty, otherwise just a regular string.","type":"string"}},"type":"object"},"io.k8s.api.core.v1.TopologySpreadConstraint":{"description":"TopologySpreadConstraint specifies how to spread matching pods among the given topology.","properties":{"labelSelector":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector","description":"LabelSelector is used to find matching pods. Pods that match this label selector are counted to determine the number of pods in their corresponding topology domain."},"matchLabelKeys":{"description":"MatchLabelKeys is a set of pod label keys to select the pods over which spreading will be calculated. The keys are used to lookup values from the incoming pod labels, those key-value labels are ANDed with labelSelector to select the group of existing pods over which spreading will be calculated for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector. MatchLabelKeys cannot be set when LabelSelector isn\'t set. Keys that don\'t exist in the incoming pod labels will be ignored. A null or empty list means only match against labelSelector.\\n\\nThis is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"maxSkew":{"description":"MaxSkew describes the degree to which pods may be unevenly distributed. When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference between the number of matching pods in the target topology and the global minimum. The global minimum is the minimum number of matching pods in an eligible domain or zero if the number of eligible domains is less than MinDomains. For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same labelSelector spread as 2/2/1: In this case, the global minimum is 1. | zone1 | zone2 | zone3 | |  P P  |  P P  |   P   | - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2; scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2) violate MaxSkew(1). - if MaxSkew is 2, incoming pod can be scheduled onto any zone. When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence to topologies that satisfy it. It\'s a required field. Default value is 1 and 0 is not allowed.","format":"int32","type":"integer"},"minDomains":{"description":"MinDomains indicates a minimum number of eligible domains. When the number of eligible domains with matching topology keys is less than minDomains, Pod Topology Spread treats \\"global minimum\\" as 0, and then the calculation of Skew is performed. And when the number of eligible domains with matching topology keys equals or greater than minDomains, this value has no effect on scheduling. As a result, when the number of eligible domains is less than minDomains, scheduler won\'t schedule more than maxSkew Pods to those domains. If value is nil, the constraint behaves as if MinDomains is equal to 1. Valid values are integers greater than 0. When value is not nil, WhenUnsatisfiable must be DoNotSchedule.\\n\\nFor example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same labelSelector spread as 2/2/2: | zone1 | zone2 | zone3 | |  P P  |  P P  |  P P  | The number of domains is less than 5(MinDomains), so \\"global minimum\\" is treated as 0. In this situation, new pod with the same labelSelector cannot be scheduled, because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones, it will violate MaxSkew.","format":"int32","type":"integer"},"nodeAffinityPolicy":{"description":"NodeAffinityPolicy indicates how we will treat Pod\'s nodeAffinity/nodeSelector when calculating pod topology spread skew. Options are: - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations. - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.\\n\\nIf this value is nil, the behavior is equivalent to the Honor policy.","type":"string"},"nodeTaintsPolicy":{"description":"NodeTaintsPolicy indicates how we will treat node taints when calculating pod topology spread skew. Options are: - Honor: nodes without taints, along with tainted nodes for which the incoming pod has a toleration, are included. - Ignore: node taints are ignored. All nodes are included.\\n\\nIf this value is nil, the behavior is equivalent to the Ignore policy.","type":"string"},"topologyKey":{"description":"TopologyKey is the key of node labels. Nodes that have a label with this key and identical values are considered to be in the same topology. We consider each <key, value> as a \\"bucket\\", and try to put balanced number of pods into each bucket. We define a domain as a particular instance of a topology. Also, we define an eligible domain as a domain whose nodes meet the requirements of nodeAffinityPolicy and nodeTaintsPolicy. e.g. If TopologyKey is \\"kubernetes.io/hostname\\", each Node is a domain of that topology. And, if TopologyKey is \\"topology.kubernetes.io/zone\\", each zone is a domain of that topology. It\'s a required field.","type":"string"},"whenUnsatisfiable":{"description":"WhenUnsatisfiable indicates how to deal with a pod if it doesn\'t satisfy the spread constraint. - DoNotSchedule (default) tells the scheduler not to schedule it. - ScheduleAnyway tells the scheduler to schedule the pod in any location,\\n  but giving higher precedence to topologies that would help reduce the\\n  skew.\\nA constraint is considered \\"Unsatisfiable\\" for an incoming pod if and only if every possible node assignment for that pod would violate \\"MaxSkew\\" on some topology. For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same labelSelector spread as 3/1/1: | zone1 | zone2 | zone3 | | P P P |   P   |   P   | If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler won\'t make it *more* imbalanced. It\'s a required field.","type":"string"}},"required":["maxSkew","topologyKey","whenUnsatisfiable"],"type":"object"},"io.k8s.api.core.v1.TypedLocalObjectReference":{"description":"TypedLocalObjectReference contains enough information to let you locate the typed referenced object inside the same namespace.","properties":{"apiGroup":{"description":"APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.","type":"string"},"kind":{"description":"Kind is the type of resource being referenced","type":"string"},"name":{"description":"Name is the name of resource being referenced","type":"string"}},"required":["kind","name"],"type":"object","x-kubernetes-map-type":"atomic"},"io.k8s.api.core.v1.TypedObjectReference":{"description":"TypedObjectReference contains enough information to let you locate the typed referenced object","properties":{"apiGroup":{"description":"APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.","type":"string"},"kind":{"description":"Kind is the type of resource being referenced","type":"string"},"name":{"description":"Name is the name of resource being referenced","type":"string"},"namespace":{"description":"Namespace is the namespace of resource being referenced Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace\'s owner to accept the reference. See the ReferenceGrant documentation for details. (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.","type":"string"}},"required":["kind","name"],"type":"object"},"io.k8s.api.core.v1.Volume":{"description":"Volume represents a named volume in a pod that may be accessed by any container in the pod.","properties":{"awsElasticBlockStore":{"$ref":"#/definitions/io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource","description":"awsElasticBlockStore represents an AWS Disk resource that is attached to a kubelet\'s host machine and then exposed to the pod. Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver. More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore"},"azureDisk":{"$ref":"#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource","description":"azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod. Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type are redirected to the disk.csi.azure.com CSI driver."},"azureFile":{"$ref":"#/definitions/io.k8s.api.core.v1.AzureFileVolumeSource","description":"azureFile represents an Azure File Service mount on the host and bind mount to the pod. Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type are redirected to the file.csi.azure.com CSI driver."},"cephfs":{"$ref":"#/definitions/io.k8s.api.core.v1.CephFSVolumeSource","description":"cephFS represents a Ceph FS mount on the host that shares a pod\'s lifetime. Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported."},"cinder":{"$ref":"#/definitions/io.k8s.api.core.v1.CinderVolumeSource","description":"cinder represents a cinder volume attached and mounted on kubelets host machine. Deprecated: Cinder is deprecated. All operations for the in-tree cinder type are redirected to the cinder.csi.openstack.org CSI driver. More info: https://examples.k8s.io/mysql-cinder-pd/README.md"},"configMap":{"$ref":"#/definitions/io.k8s.api.core.v1.ConfigMapVolumeSource","description":"configMap represents a configMap that should populate this volume"},"csi":{"$ref":"#/definitions/io.k8s.api.core.v1.CSIVolumeSource","description":"csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers."},"downwardAPI":{"$ref":"#/definitions/io.k8s.api.core.v1.DownwardAPIVolumeSource","description":"downwardAPI represents downward API about the pod that should populate this volume"},"emptyDir":{"$ref":"#/definitions/io.k8s.api.core.v1.EmptyDirVolumeSource","description":"emptyDir represents a temporary directory that shares a pod\'s lifetime. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir"},"ephemeral":{"$ref":"#/definitions/io.k8s.api.core.v1.EphemeralVolumeSource","description":"ephemeral represents a volume that is handled by a cluster storage driver. The volume\'s lifecycle is tied to the pod that defines it - it will be created before the pod starts, and deleted when the pod is removed.\\n\\nUse this if: a) the volume is only needed while the pod runs, b) features of normal volumes like restoring from snapshot or capacity\\n   tracking are needed,\\nc) the storage driver is specified through a storage class, and d) the storage driver supports dynamic volume provisioning through\\n   a PersistentVolumeClaim (see EphemeralVolumeSource for more\\n   information on the connection between this volume type\\n   and PersistentVolumeClaim).\\n\\nUse PersistentVolumeClaim or one of the vendor-specific APIs for volumes that persist for longer than the lifecycle of an individual pod.\\n\\nUse CSI for light-weight local ephemeral volumes if the CSI driver is meant to be used that way - see the documentation of the driver for more information.\\n\\nA pod can use both types of ephemeral volumes and persistent volumes at the same time."},"fc":{"$ref":"#/definitions/io.k8s.api.core.v1.FCVolumeSource","description":"fc represents a Fibre Channel resource that is attached to a kubelet\'s host machine and then exposed to the pod."},"flexVolume":{"$ref":"#/definitions/io.k8s.api.core.v1.FlexVolumeSource","description":"flexVolume represents a generic volume resource that is provisioned/attached using an exec based plugin. Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead."},"flocker":{"$ref":"#/definitions/io.k8s.api.core.v1.FlockerVolumeSource","description":"flocker represents a Flocker volume attached to a kubelet\'s host machine. This depends on the Flocker control service being running. Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported."},"gcePersistentDisk":{"$ref":"#/definitions/io.k8s.api.core.v1.GCEPersistentDiskVolumeSource","description":"gcePersistentDisk represents a GCE Disk resource that is attached to a kubelet\'s host machine and then exposed to the pod. Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk"},"gitRepo":{"$ref":"#/definitions/io.k8s.api.core.v1.GitRepoVolumeSource","description":"gitRepo represents a git repository at a particular revision. Deprecated: GitRepo is deprecated. To provision a container with a git repo, mount an EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir into the Pod\'s container."},"glusterfs":{"$ref":"#/definitions/io.k8s.api.core.v1.GlusterfsVolumeSource","description":"glusterfs represents a Glusterfs mount on the host that shares a pod\'s lifetime. Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported."},"hostPath":{"$ref":"#/definitions/io.k8s.api.core.v1.HostPathVolumeSource","description":"hostPath represents a pre-existing file or directory on the host machine that is directly exposed to the container. This is generally used for system agents or other privileged things that are allowed to see the host machine. Most containers will NOT need this. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath"},"image":{"$ref":"#/definitions/io.k8s.api.core.v1.ImageVolumeSource","description":"image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet\'s host machine. The volume is resolved at pod startup depending on which PullPolicy value is provided:\\n\\n- Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails. - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn\'t present. - IfNotPresent: the kubelet pulls if the reference isn\'t already present on disk. Container creation will fail if the reference isn\'t present and the pull fails.\\n\\nThe volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation. A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message. The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field. The OCI object gets mounted in a single directory (spec.containers[*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images. The volume will be mounted read-only (ro). Sub path mounts for containers are not supported (spec.containers[*].volumeMounts.subpath) before 1.33. The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type."},"iscsi":{"$ref":"#/definitions/io.k8s.api.core.v1.ISCSIVolumeSource","description":"iscsi represents an ISCSI Disk resource that is attached to a kubelet\'s host machine and then exposed to the pod. More info: https://kubernetes.io/docs/concepts/storage/volumes/#iscsi"},"name":{"description":"name of the volume. Must be a DNS_LABEL and unique within the pod. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names","type":"string"},"nfs":{"$ref":"#/definitions/io.k8s.api.core.v1.NFSVolumeSource","description":"nfs represents an NFS mount on the host that shares a pod\'s lifetime More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs"},"persistentVolumeClaim":{"$ref":"#/definitions/io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource","description":"persistentVolumeClaimVolumeSource represents a reference to a PersistentVolumeClaim in the same namespace. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims"},"photonPersistentDisk":{"$ref":"#/definitions/io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource","description":"photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine. Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported."},"portworxVolume":{"$ref":"#/definitions/io.k8s.api.core.v1.PortworxVolumeSource","description":"portworxVolume represents a portworx volume attached and mounted on kubelets host machine. Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type are redirected to the pxd.portworx.com CSI driver."},"projected":{"$ref":"#/definitions/io.k8s.api.core.v1.ProjectedVolumeSource","description":"projected items for all in one resources secrets, configmaps, and downward API"},"quobyte":{"$ref":"#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource","description":"quobyte represents a Quobyte mount on the host that shares a pod\'s lifetime. Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported."},"rbd":{"$ref":"#/definitions/io.k8s.api.core.v1.RBDVolumeSource","description":"rbd represents a Rados Block Device mount on the host that shares a pod\'s lifetime. Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported."},"scaleIO":{"$ref":"#/definitions/io.k8s.api.core.v1.ScaleIOVolumeSource","description":"scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes. Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported."},"secret":{"$ref":"#/definitions/io.k8s.api.core.v1.SecretVolumeSource","description":"secret represents a secret that should populate this volume. More info: https://kubernetes.io/docs/concepts/storage/volumes#secret"},"storageos":{"$ref":"#/definitions/io.k8s.api.core.v1.StorageOSVolumeSource","description":"storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes. Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported."},"vsphereVolume":{"$ref":"#/definitions/io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource","description":"vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine. Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type are redirected to the csi.vsphere.vmware.com CSI driver."}},"required":["name"],"type":"object"},"io.k8s.api.core.v1.VolumeDevice":{"description":"volumeDevice describes a mapping of a raw block device within a container.","properties":{"devicePath":{"description":"devicePath is the path inside of the container that the device will be mapped to.","type":"string"},"name":{"description":"name must match the name of a persistentVolumeClaim in the pod","type":"string"}},"required":["name","devicePath"],"type":"object"},"io.k8s.api.core.v1.VolumeMount":{"description":"VolumeMount describes a mounting of a Volume within a container.","properties":{"mountPath":{"description":"Path within the container at which the volume should be mounted.  Must not contain \':\'.","type":"string"},"mountPropagation":{"description":"mountPropagation determines how mounts are propagated from the host to container and the other way around. When not set, MountPropagationNone is used. This field is beta in 1.10. When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified (which defaults to None).","type":"string"},"name":{"description":"This must match the Name of a Volume.","type":"string"},"readOnly":{"description":"Mounted read-only if true, read-write otherwise (false or unspecified). Defaults to false.","type":"boolean"},"recursiveReadOnly":{"description":"RecursiveReadOnly specifies whether read-only mounts should be handled recursively.\\n\\nIf ReadOnly is false, this field has no meaning and must be unspecified.\\n\\nIf ReadOnly is true, and this field is set to Disabled, the mount is not made recursively read-only.  If this field is set to IfPossible, the mount is made recursively read-only, if it is supported by the container runtime.  If this field is set to Enabled, the mount is made recursively read-only if it is supported by the container runtime, otherwise the pod will not be started and an error will be generated to indicate the reason.\\n\\nIf this field is set to IfPossible or Enabled, MountPropagation must be set to None (or be unspecified, which defaults to None).\\n\\nIf this field is not specified, it is treated as an equivalent of Disabled.","type":"string"},"subPath":{"description":"Path within the volume from which the container\'s volume should be mounted. Defaults to \\"\\" (volume\'s root).","type":"string"},"subPathExpr":{"description":"Expanded path within the volume from which the container\'s volume should be mounted. Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container\'s environment. Defaults to \\"\\" (volume\'s root). SubPathExpr and SubPath are mutually exclusive.","type":"string"}},"required":["name","mountPath"],"type":"object"},"io.k8s.api.core.v1.VolumeMountStatus":{"description":"VolumeMountStatus shows status of volume mounts.","properties":{"mountPath":{"description":"MountPath corresponds to the original VolumeMount.","type":"string"},"name":{"description":"Name corresponds to the name of the original VolumeMount.","type":"string"},"readOnly":{"description":"ReadOnly corresponds to the original VolumeMount.","type":"boolean"},"recursiveReadOnly":{"description":"RecursiveReadOnly must be set to Disabled, Enabled, or unspecified (for non-readonly mounts). An IfPossible value in the original VolumeMount must be translated to Disabled or Enabled, depending on the mount result.","type":"string"},"volumeStatus":{"$ref":"#/definitions/io.k8s.api.core.v1.VolumeStatus","description":"volumeStatus represents volume-type-specific status about the mounted volume."}},"required":["name","mountPath"],"type":"object"},"io.k8s.api.core.v1.VolumeProjection":{"description":"Projection that may be projected along with other supported volume types. Exactly one of these fields must be set.","properties":{"clusterTrustBundle":{"$ref":"#/definitions/io.k8s.api.core.v1.ClusterTrustBundleProjection","description":"ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field of ClusterTrustBundle objects in an auto-updating file.\\n\\nAlpha, gated by the ClusterTrustBundleProjection feature gate.\\n\\nClusterTrustBundle objects can either be selected by name, or by the combination of signer name and a label selector.\\n\\nKubelet performs aggressive normalization of the PEM contents written into the pod filesystem.  Esoteric PEM features such as inter-block comments and block headers are stripped.  Certificates are deduplicated. The ordering of certificates within the file is arbitrary, and Kubelet may change the order over time."},"configMap":{"$ref":"#/definitions/io.k8s.api.core.v1.ConfigMapProjection","description":"configMap information about the configMap data to project"},"downwardAPI":{"$ref":"#/definitions/io.k8s.api.core.v1.DownwardAPIProjection","description":"downwardAPI information about the downwardAPI data to project"},"podCertificate":{"$ref":"#/definitions/io.k8s.api.core.v1.PodCertificateProjection","description":"Projects an auto-rotating credential bundle (private key and certificate chain) that the pod can use either as a TLS client or server.\\n\\nKubelet generates a private key and uses it to send a PodCertificateRequest to the named signer.  Once the signer approves the request and issues a certificate chain, Kubelet writes the key and certificate chain to the pod filesystem.  The pod does not start until certificates have been issued for each podCertificate projected volume source in its spec.\\n\\nKubelet will begin trying to rotate the certificate at the time indicated by the signer using the PodCertificateRequest.Status.BeginRefreshAt timestamp.\\n\\nKubelet can write a single file, indicated by the credentialBundlePath field, or separate files, indicated by the keyPath and certificateChainPath fields.\\n\\nThe credential bundle is a single file in PEM format.  The first PEM entry is the private key (in PKCS#8 format), and the remaining PEM entries are the certificate chain issued by the signer (typically, signers will return their certificate chain in leaf-to-root order).\\n\\nPrefer using the credential bundle format, since your application code can read it atomically.  If you use keyPath and certificateChainPath, your application must make two separate file reads. If these coincide with a certificate rotation, it is possible that the private key and leaf certificate you read may not correspond to each other.  Your application will need to check for this condition, and re-read until they are consistent.\\n\\nThe named signer controls chooses the format of the certificate it issues; consult the signer implementation\'s documentation to learn how to use the certificates it issues."},"secret":{"$ref":"#/definitions/io.k8s.api.core.v1.SecretProjection","description":"secret information about the secret data to project"},"serviceAccountToken":{"$ref":"#/definitions/io.k8s.api.core.v1.ServiceAccountTokenProjection","description":"serviceAccountToken is information about the serviceAccountToken data to project"}},"type":"object"},"io.k8s.api.core.v1.VolumeResourceRequirements":{"description":"VolumeResourceRequirements describes the storage resource requirements for a volume.","properties":{"limits":{"additionalProperties":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"},"description":"Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/","type":"object"},"requests":{"additionalProperties":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"},"description":"Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/","type":"object"}},"type":"object"},"io.k8s.api.core.v1.VolumeStatus":{"description":"VolumeStatus represents the status of a mounted volume. At most one of its members must be specified.","properties":{"image":{"$ref":"#/definitions/io.k8s.api.core.v1.ImageVolumeStatus","description":"image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet\'s host machine."}},"type":"object"},"io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource":{"description":"Represents a vSphere volume resource.","properties":{"fsType":{"description":"fsType is filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. \\"ext4\\", \\"xfs\\", \\"ntfs\\". Implicitly inferred to be \\"ext4\\" if unspecified.","type":"string"},"storagePolicyID":{"description":"storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.","type":"string"},"storagePolicyName":{"description":"storagePolicyName is the storage Policy Based Management (SPBM) profile name.","type":"string"},"volumePath":{"description":"volumePath is the path that identifies vSphere volume vmdk","type":"string"}},"required":["volumePath"],"type":"object"},"io.k8s.api.core.v1.WeightedPodAffinityTerm":{"description":"The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)","properties":{"podAffinityTerm":{"$ref":"#/definitions/io.k8s.api.core.v1.PodAffinityTerm","description":"Required. A pod affinity term, associated with the corresponding weight."},"weight":{"description":"weight associated with matching the corresponding podAffinityTerm, in the range 1-100.","format":"int32","type":"integer"}},"required":["weight","podAffinityTerm"],"type":"object"},"io.k8s.api.core.v1.WindowsSecurityContextOptions":{"description":"WindowsSecurityContextOptions contain Windows-specific options and credentials.","properties":{"gmsaCredentialSpec":{"description":"GMSACredentialSpec is where the GMSA admission webhook (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the GMSA credential spec named by the GMSACredentialSpecName field.","type":"string"},"gmsaCredentialSpecName":{"description":"GMSACredentialSpecName is the name of the GMSA credential spec to use.","type":"string"},"hostProcess":{"description":"HostProcess determines if a container should be run as a \'Host Process\' container. All of a Pod\'s containers must have the same effective HostProcess value (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers). In addition, if HostProcess is true then HostNetwork must also be set to true.","type":"boolean"},"runAsUserName":{"description":"The UserName in Windows to run the entrypoint of the container process. Defaults to the user specified in image metadata if unspecified. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.","type":"string"}},"type":"object"},"io.k8s.apimachinery.pkg.api.resource.Quantity":{"description":"Quantity is a fixed-point representation of a number. It provides convenient marshaling/unmarshaling in JSON and YAML, in addition to String() and AsInt64() accessors.\\n\\nThe serialization format is:\\n\\n``` <quantity>        ::= <signedNumber><suffix>\\n\\n\\t(Note that <suffix> may be empty, from the \\"\\" case in <decimalSI>.)\\n\\n<digit>           ::= 0 | 1 | ... | 9 <digits>          ::= <digit> | <digit><digits> <number>          ::= <digits> | <digits>.<digits> | <digits>. | .<digits> <sign>            ::= \\"+\\" | \\"-\\" <signedNumber>    ::= <number> | <sign><number> <suffix>          ::= <binarySI> | <decimalExponent> | <decimalSI> <binarySI>        ::= Ki | Mi | Gi | Ti | Pi | Ei\\n\\n\\t(International System of units; See: http://physics.nist.gov/cuu/Units/binary.html)\\n\\n<decimalSI>       ::= m | \\"\\" | k | M | G | T | P | E\\n\\n\\t(Note that 1024 = 1Ki but 1000 = 1k; I didn\'t choose the capitalization.)\\n\\n<decimalExponent> ::= \\"e\\" <signedNumber> | \\"E\\" <signedNumber> ```\\n\\nNo matter which of the three exponent forms is used, no quantity may represent a number greater than 2^63-1 in magnitude, nor may it have more than 3 decimal places. Numbers larger or more precise will be capped or rounded up. (E.g.: 0.1m will rounded up to 1m.) This may be extended in the future if we require larger or smaller quantities.\\n\\nWhen a Quantity is parsed from a string, it will remember the type of suffix it had, and will use the same type again when it is serialized.\\n\\nBefore serializing, Quantity will be put in \\"canonical form\\". This means that Exponent/suffix will be adjusted up or down (with a corresponding increase or decrease in Mantissa) such that:\\n\\n- No precision is lost - No fractional digits will be emitted - The exponent (or suffix) is as large as possible.\\n\\nThe sign will be omitted unless the number is negative.\\n\\nExamples:\\n\\n- 1.5 will be serialized as \\"1500m\\" - 1.5Gi will be serialized as \\"1536Mi\\"\\n\\nNote that the quantity will NEVER be internally represented by a floating point number. That is the whole point of this exercise.\\n\\nNon-canonical values will still parse as long as they are well formed, but will be re-emitted in their canonical form. (So always use canonical form, or don\'t diff.)\\n\\nThis format is intended to make it difficult to use these numbers without writing some sort of special handling code in the hopes that that will cause implementors to also use a fixed point implementation.","type":"string"},"io.k8s.apimachinery.pkg.apis.meta.v1.APIGroup":{"description":"APIGroup contains the name, the supported versions, and the preferred version of a group.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"name":{"description":"name is the name of the group.","type":"string"},"preferredVersion":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.GroupVersionForDiscovery","description":"preferredVersion is the version preferred by the API server, which probably is the storage version."},"serverAddressByClientCIDRs":{"description":"a map of client CIDR to server address that is serving this group. This is to help clients reach servers in the most network-efficient way possible. Clients can use the appropriate server address as per the CIDR that they match. In case of multiple matches, clients should use the longest matching CIDR. The server returns only those CIDRs that it thinks that the client can match. For example: the master will return an internal IP CIDR only, if the client reaches the server using an internal IP. Server looks at X-Forwarded-For header or X-Real-Ip header or request.RemoteAddr (in that order) to get the client IP.","items":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ServerAddressByClientCIDR"},"type":"array","x-kubernetes-list-type":"atomic"},"versions":{"description":"versions are the versions supported in this group.","items":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.GroupVersionForDiscovery"},"type":"array","x-kubernetes-list-type":"atomic"}},"required":["name","versions"],"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"APIGroup","version":"v1"}]},"io.k8s.apimachinery.pkg.apis.meta.v1.APIGroupList":{"description":"APIGroupList is a list of APIGroup, to allow clients to discover the API at /apis.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"groups":{"description":"groups is a list of APIGroup.","items":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.APIGroup"},"type":"array","x-kubernetes-list-type":"atomic"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"}},"required":["groups"],"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"APIGroupList","version":"v1"}]},"io.k8s.apimachinery.pkg.apis.meta.v1.APIResource":{"description":"APIResource specifies the name of a resource and whether it is namespaced.","properties":{"categories":{"description":"categories is a list of the grouped resources this resource belongs to (e.g. \'all\')","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"group":{"description":"group is the preferred group of the resource.  Empty implies the group of the containing resource list. For subresources, this may have a different value, for example: Scale\\".","type":"string"},"kind":{"description":"kind is the kind for the resource (e.g. \'Foo\' is the kind for a resource \'foo\')","type":"string"},"name":{"description":"name is the plural name of the resource.","type":"string"},"namespaced":{"description":"namespaced indicates if a resource is namespaced or not.","type":"boolean"},"shortNames":{"description":"shortNames is a list of suggested short names of the resource.","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"singularName":{"description":"singularName is the singular name of the resource.  This allows clients to handle plural and singular opaquely. The singularName is more correct for reporting status on a single item and both singular and plural are allowed from the kubectl CLI interface.","type":"string"},"storageVersionHash":{"description":"The hash value of the storage version, the version this resource is converted to when written to the data store. Value must be treated as opaque by clients. Only equality comparison on the value is valid. This is an alpha feature and may change or be removed in the future. The field is populated by the apiserver only if the StorageVersionHash feature gate is enabled. This field will remain optional even if it graduates.","type":"string"},"verbs":{"description":"verbs is a list of supported kube verbs (this includes get, list, watch, create, update, patch, delete, deletecollection, and proxy)","items":{"type":"string"},"type":"array"},"version":{"description":"version is the preferred version of the resource.  Empty implies the version of the containing resource list For subresources, this may have a different value, for example: v1 (while inside a v1beta1 version of the core resource\'s group)\\".","type":"string"}},"required":["name","singularName","namespaced","kind","verbs"],"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.APIResourceList":{"description":"APIResourceList is a list of APIResource, it is used to expose the name of the resources supported in a specific group and version, and if the resource is namespaced.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"groupVersion":{"description":"groupVersion is the group and version this APIResourceList is for.","type":"string"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"resources":{"description":"resources contains the name of the resources and if they are namespaced.","items":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.APIResource"},"type":"array","x-kubernetes-list-type":"atomic"}},"required":["groupVersion","resources"],"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"APIResourceList","version":"v1"}]},"io.k8s.apimachinery.pkg.apis.meta.v1.APIVersions":{"description":"APIVersions lists the versions that are available, to allow clients to discover the API at /api, which is the root path of the legacy v1 API.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"serverAddressByClientCIDRs":{"description":"a map of client CIDR to server address that is serving this group. This is to help clients reach servers in the most network-efficient way possible. Clients can use the appropriate server address as per the CIDR that they match. In case of multiple matches, clients should use the longest matching CIDR. The server returns only those CIDRs that it thinks that the client can match. For example: the master will return an internal IP CIDR only, if the client reaches the server using an internal IP. Server looks at X-Forwarded-For header or X-Real-Ip header or request.RemoteAddr (in that order) to get the client IP.","items":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ServerAddressByClientCIDR"},"type":"array","x-kubernetes-list-type":"atomic"},"versions":{"description":"versions are the api versions that are available.","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"}},"required":["versions","serverAddressByClientCIDRs"],"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"APIVersions","version":"v1"}]},"io.k8s.apimachinery.pkg.apis.meta.v1.Condition":{"description":"Condition contains details for one aspect of the current state of this API Resource.","properties":{"lastTransitionTime":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time","description":"lastTransitionTime is the last time the condition transitioned from one status to another. This should be when the underlying condition changed.  If that is not known, then using the time when the API field changed is acceptable."},"message":{"description":"message is a human readable message indicating details about the transition. This may be an empty string.","type":"string"},"observedGeneration":{"description":"observedGeneration represents the .metadata.generation that the condition was set based upon. For instance, if .metadata.generation is currently 12, but the .status.conditions[x].observedGeneration is 9, the condition is out of date with respect to the current state of the instance.","format":"int64","type":"integer"},"reason":{"description":"reason contains a programmatic identifier indicating the reason for the condition\'s last transition. Producers of specific condition types may define expected values and meanings for this field, and whether the values are considered a guaranteed API. The value should be a CamelCase string. This field may not be empty.","type":"string"},"status":{"description":"status of the condition, one of True, False, Unknown.","type":"string"},"type":{"description":"type of condition in CamelCase or in foo.example.com/CamelCase.","type":"string"}},"required":["type","status","lastTransitionTime","reason","message"],"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions":{"description":"DeleteOptions may be provided when deleting an API object.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"dryRun":{"description":"When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"gracePeriodSeconds":{"description":"The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.","format":"int64","type":"integer"},"ignoreStoreReadErrorWithClusterBreakingPotential":{"description":"if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it","type":"boolean"},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"orphanDependents":{"description":"Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the \\"orphan\\" finalizer will be added to/removed from the object\'s finalizers list. Either this field or PropagationPolicy may be set, but not both.","type":"boolean"},"preconditions":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Preconditions","description":"Must be fulfilled before a deletion is carried out. If not possible, a 409 Conflict status will be returned."},"propagationPolicy":{"description":"Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: \'Orphan\' - orphan the dependents; \'Background\' - allow the garbage collector to delete the dependents in the background; \'Foreground\' - a cascading policy that deletes all dependents in the foreground.","type":"string"}},"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"DeleteOptions","version":"v1"},{"group":"admission.k8s.io","kind":"DeleteOptions","version":"v1"},{"group":"admission.k8s.io","kind":"DeleteOptions","version":"v1beta1"},{"group":"admissionregistration.k8s.io","kind":"DeleteOptions","version":"v1"},{"group":"admissionregistration.k8s.io","kind":"DeleteOptions","version":"v1alpha1"},{"group":"admissionregistration.k8s.io","kind":"DeleteOptions","version":"v1beta1"},{"group":"apiextensions.k8s.io","kind":"DeleteOptions","version":"v1"},{"group":"apiextensions.k8s.io","kind":"DeleteOptions","version":"v1beta1"},{"group":"apiregistration.k8s.io","kind":"DeleteOptions","version":"v1"},{"group":"apiregistration.k8s.io","kind":"DeleteOptions","version":"v1beta1"},{"group":"apps","kind":"DeleteOptions","version":"v1"},{"group":"apps","kind":"DeleteOptions","version":"v1beta1"},{"group":"apps","kind":"DeleteOptions","version":"v1beta2"},{"group":"authentication.k8s.io","kind":"DeleteOptions","version":"v1"},{"group":"authentication.k8s.io","kind":"DeleteOptions","version":"v1alpha1"},{"group":"authentication.k8s.io","kind":"DeleteOptions","version":"v1beta1"},{"group":"authorization.k8s.io","kind":"DeleteOptions","version":"v1"},{"group":"authorization.k8s.io","kind":"DeleteOptions","version":"v1beta1"},{"group":"autoscaling","kind":"DeleteOptions","version":"v1"},{"group":"autoscaling","kind":"DeleteOptions","version":"v2"},{"group":"batch","kind":"DeleteOptions","version":"v1"},{"group":"batch","kind":"DeleteOptions","version":"v1beta1"},{"group":"certificates.k8s.io","kind":"DeleteOptions","version":"v1"},{"group":"certificates.k8s.io","kind":"DeleteOptions","version":"v1alpha1"},{"group":"certificates.k8s.io","kind":"DeleteOptions","version":"v1beta1"},{"group":"coordination.k8s.io","kind":"DeleteOptions","version":"v1"},{"group":"coordination.k8s.io","kind":"DeleteOptions","version":"v1alpha2"},{"group":"coordination.k8s.io","kind":"DeleteOptions","version":"v1beta1"},{"group":"discovery.k8s.io","kind":"DeleteOptions","version":"v1"},{"group":"discovery.k8s.io","kind":"DeleteOptions","version":"v1beta1"},{"group":"events.k8s.io","kind":"DeleteOptions","version":"v1"},{"group":"events.k8s.io","kind":"DeleteOptions","version":"v1beta1"},{"group":"extensions","kind":"DeleteOptions","version":"v1beta1"},{"group":"flowcontrol.apiserver.k8s.io","kind":"DeleteOptions","version":"v1"},{"group":"flowcontrol.apiserver.k8s.io","kind":"DeleteOptions","version":"v1beta1"},{"group":"flowcontrol.apiserver.k8s.io","kind":"DeleteOptions","version":"v1beta2"},{"group":"flowcontrol.apiserver.k8s.io","kind":"DeleteOptions","version":"v1beta3"},{"group":"imagepolicy.k8s.io","kind":"DeleteOptions","version":"v1alpha1"},{"group":"internal.apiserver.k8s.io","kind":"DeleteOptions","version":"v1alpha1"},{"group":"networking.k8s.io","kind":"DeleteOptions","version":"v1"},{"group":"networking.k8s.io","kind":"DeleteOptions","version":"v1beta1"},{"group":"node.k8s.io","kind":"DeleteOptions","version":"v1"},{"group":"node.k8s.io","kind":"DeleteOptions","version":"v1alpha1"},{"group":"node.k8s.io","kind":"DeleteOptions","version":"v1beta1"},{"group":"policy","kind":"DeleteOptions","version":"v1"},{"group":"policy","kind":"DeleteOptions","version":"v1beta1"},{"group":"rbac.authorization.k8s.io","kind":"DeleteOptions","version":"v1"},{"group":"rbac.authorization.k8s.io","kind":"DeleteOptions","version":"v1alpha1"},{"group":"rbac.authorization.k8s.io","kind":"DeleteOptions","version":"v1beta1"},{"group":"resource.k8s.io","kind":"DeleteOptions","version":"v1"},{"group":"resource.k8s.io","kind":"DeleteOptions","version":"v1alpha3"},{"group":"resource.k8s.io","kind":"DeleteOptions","version":"v1beta1"},{"group":"resource.k8s.io","kind":"DeleteOptions","version":"v1beta2"},{"group":"scheduling.k8s.io","kind":"DeleteOptions","version":"v1"},{"group":"scheduling.k8s.io","kind":"DeleteOptions","version":"v1alpha2"},{"group":"scheduling.k8s.io","kind":"DeleteOptions","version":"v1beta1"},{"group":"storage.k8s.io","kind":"DeleteOptions","version":"v1"},{"group":"storage.k8s.io","kind":"DeleteOptions","version":"v1alpha1"},{"group":"storage.k8s.io","kind":"DeleteOptions","version":"v1beta1"},{"group":"storagemigration.k8s.io","kind":"DeleteOptions","version":"v1beta1"}]},"io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1":{"description":"FieldsV1 stores a set of fields in a data structure like a Trie, in JSON format.\\n\\nEach key is either a \'.\' representing the field itself, and will always map to an empty set, or a string representing a sub-field or item. The string will follow one of these four formats: \'f:<name>\', where <name> is the name of a field in a struct, or key in a map \'v:<value>\', where <value> is the exact json formatted value of a list item \'i:<index>\', where <index> is position of a item in a list \'k:<keys>\', where <keys> is a map of  a list item\'s key fields to their unique values If a key maps to an empty Fields value, the field that key represents is part of the set.\\n\\nThe exact format is defined in sigs.k8s.io/structured-merge-diff","type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.GroupVersionForDiscovery":{"description":"GroupVersion contains the \\"group/version\\" and \\"version\\" string of a version. It is made a struct to keep extensibility.","properties":{"groupVersion":{"description":"groupVersion specifies the API group and version in the form \\"group/version\\"","type":"string"},"version":{"description":"version specifies the version in the form of \\"version\\". This is to save the clients the trouble of splitting the GroupVersion.","type":"string"}},"required":["groupVersion","version"],"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector":{"description":"A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.","properties":{"matchExpressions":{"description":"matchExpressions is a list of label selector requirements. The requirements are ANDed.","items":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement"},"type":"array","x-kubernetes-list-type":"atomic"},"matchLabels":{"additionalProperties":{"type":"string"},"description":"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is \\"key\\", the operator is \\"In\\", and the values array contains only \\"value\\". The requirements are ANDed.","type":"object"}},"type":"object","x-kubernetes-map-type":"atomic"},"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement":{"description":"A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.","properties":{"key":{"description":"key is the label key that the selector applies to.","type":"string"},"operator":{"description":"operator represents a key\'s relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.","type":"string"},"values":{"description":"values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"atomic"}},"required":["key","operator"],"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta":{"description":"ListMeta describes metadata that synthetic resources must have, including lists and various status objects. A resource may have only one of {ObjectMeta, ListMeta}.","properties":{"continue":{"description":"continue may be set if the user set a limit on the number of items returned, and indicates that the server has more data available. The value is opaque and may be used to issue another request to the endpoint that served this list to retrieve the next set of available objects. Continuing a consistent list may not be possible if the server configuration has changed or more than a few minutes have passed. The resourceVersion field returned when using this continue value will be identical to the value in the first response, unless you have received this token from an error message.","type":"string"},"remainingItemCount":{"description":"remainingItemCount is the number of subsequent items in the list which are not included in this list response. If the list request contained label or field selectors, then the number of remaining items is unknown and the field will be left unset and omitted during serialization. If the list is complete (either because it is not chunking or because this is the last chunk), then there are no more remaining items and this field will be left unset and omitted during serialization. Servers older than v1.15 do not set this field. The intended use of the remainingItemCount is *estimating* the size of a collection. Clients should not rely on the remainingItemCount to be set or to be exact.","format":"int64","type":"integer"},"resourceVersion":{"description":"String that identifies the server\'s internal version of this object that can be used by clients to determine when objects have changed. Value must be treated as opaque by clients and passed unmodified back to the server. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency","type":"string"},"selfLink":{"description":"Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.","type":"string"},"shardInfo":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ShardInfo","description":"shardInfo is set when the list is a filtered subset of the full collection, as selected by a shard selector on the request. It echoes back the selector so clients can verify which shard they received and merge sharded responses. Clients should not cache sharded list responses as a full representation of the collection.\\n\\nThis is an alpha field and requires enabling the ShardedListAndWatch feature gate."}},"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry":{"description":"ManagedFieldsEntry is a workflow-id, a FieldSet and the group version of the resource that the fieldset applies to.","properties":{"apiVersion":{"description":"APIVersion defines the version of this resource that this field set applies to. The format is \\"group/version\\" just like the top-level APIVersion field. It is necessary to track the version of a field set because it cannot be automatically converted.","type":"string"},"fieldsType":{"description":"FieldsType is the discriminator for the different fields format and version. There is currently only one possible value: \\"FieldsV1\\"","type":"string"},"fieldsV1":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1","description":"FieldsV1 holds the first JSON version format as described in the \\"FieldsV1\\" type."},"manager":{"description":"Manager is an identifier of the workflow managing these fields.","type":"string"},"operation":{"description":"Operation is the type of operation which lead to this ManagedFieldsEntry being created. The only valid values for this field are \'Apply\' and \'Update\'.","type":"string"},"subresource":{"description":"Subresource is the name of the subresource used to update that object, or empty string if the object was updated through the main resource. The value of this field is used to distinguish between managers, even if they share the same name. For example, a status update will be distinct from a regular update using the same manager name. Note that the APIVersion field is not related to the Subresource field and it always corresponds to the version of the main resource.","type":"string"},"time":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time","description":"Time is the timestamp of when the ManagedFields entry was added. The timestamp will also be updated if a field is added, the manager changes any of the owned fields value or removes a field. The timestamp does not update when a field is removed from the entry because another manager took it over."}},"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime":{"description":"MicroTime is version of Time with microsecond level precision.","format":"date-time","type":"string"},"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta":{"description":"ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.","properties":{"annotations":{"additionalProperties":{"type":"string"},"description":"Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations","type":"object"},"creationTimestamp":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time","description":"CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\\n\\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"},"deletionGracePeriodSeconds":{"description":"Number of seconds allowed for this object to gracefully terminate before it will be removed from the system. Only set when deletionTimestamp is also set. May only be shortened. Read-only.","format":"int64","type":"integer"},"deletionTimestamp":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time","description":"DeletionTimestamp is RFC 3339 date and time at which this resource will be deleted. This field is set by the server when a graceful deletion is requested by the user, and is not directly settable by a client. The resource is expected to be deleted (no longer visible from resource lists, and not reachable by name) after the time in this field, once the finalizers list is empty. As long as the finalizers list contains items, deletion is blocked. Once the deletionTimestamp is set, this value may not be unset or be set further into the future, although it may be shortened or the resource may be deleted prior to this time. For example, a user may request that a pod is deleted in 30 seconds. The Kubelet will react by sending a graceful termination signal to the containers in the pod. After that 30 seconds, the Kubelet will send a hard termination signal (SIGKILL) to the container and after cleanup, remove the pod from the API. In the presence of network partitions, this object may still exist after this timestamp, until an administrator or automated process can determine the resource is fully terminated. If not set, graceful deletion of the object has not been requested.\\n\\nPopulated by the system when a graceful deletion is requested. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"},"finalizers":{"description":"Must be empty before the object is deleted from the registry. Each entry is an identifier for the responsible component that will remove the entry from the list. If the deletionTimestamp of the object is non-nil, entries in this list can only be removed. Finalizers may be processed and removed in any order.  Order is NOT enforced because it introduces significant risk of stuck finalizers. finalizers is a shared field, any actor with permission can reorder it. If the finalizer list is processed in order, then this can lead to a situation in which the component responsible for the first finalizer in the list is waiting for a signal (field value, external system, or other) produced by a component responsible for a finalizer later in the list, resulting in a deadlock. Without enforced ordering finalizers are free to order amongst themselves and are not vulnerable to ordering changes in the list.","items":{"type":"string"},"type":"array","x-kubernetes-list-type":"set","x-kubernetes-patch-strategy":"merge"},"generateName":{"description":"GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided. If this field is used, the name returned to the client will be different than the name passed. This value will also be combined with a unique suffix. The provided value has the same validation rules as the Name field, and may be truncated by the length of the suffix required to make the value unique on the server.\\n\\nIf this field is specified and the generated name exists, the server will return a 409.\\n\\nApplied only if Name is not specified. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#idempotency","type":"string"},"generation":{"description":"A sequence number representing a specific generation of the desired state. Populated by the system. Read-only.","format":"int64","type":"integer"},"labels":{"additionalProperties":{"type":"string"},"description":"Map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels","type":"object"},"managedFields":{"description":"ManagedFields maps workflow-id and version to the set of fields that are managed by that workflow. This is mostly for internal housekeeping, and users typically shouldn\'t need to set or understand this field. A workflow can be the user\'s name, a controller\'s name, or the name of a specific apply path like \\"ci-cd\\". The set of fields is always in the version that the workflow used when modifying the object.","items":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry"},"type":"array","x-kubernetes-list-type":"atomic"},"name":{"description":"Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names","type":"string"},"namespace":{"description":"Namespace defines the space within which each name must be unique. An empty namespace is equivalent to the \\"default\\" namespace, but \\"default\\" is the canonical representation. Not all objects are required to be scoped to a namespace - the value of this field for those objects will be empty.\\n\\nMust be a DNS_LABEL. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces","type":"string"},"ownerReferences":{"description":"List of objects depended by this object. If ALL objects in the list have been deleted, this object will be garbage collected. If this object is managed by a controller, then an entry in this list will point to this controller, with the controller field set to true. There cannot be more than one managing controller.","items":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference"},"type":"array","x-kubernetes-list-map-keys":["uid"],"x-kubernetes-list-type":"map","x-kubernetes-patch-merge-key":"uid","x-kubernetes-patch-strategy":"merge"},"resourceVersion":{"description":"An opaque value that represents the internal version of this object that can be used by clients to determine when objects have changed. May be used for optimistic concurrency, change detection, and the watch operation on a resource or set of resources. Clients must treat these values as opaque and passed unmodified back to the server. They may only be valid for a particular resource or set of resources.\\n\\nPopulated by the system. Read-only. Value must be treated as opaque by clients and . More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency","type":"string"},"selfLink":{"description":"Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.","type":"string"},"uid":{"description":"UID is the unique in time and space value for this object. It is typically generated by the server on successful creation of a resource and is not allowed to change on PUT operations.\\n\\nPopulated by the system. Read-only. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids","type":"string"}},"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference":{"description":"OwnerReference contains enough information to let you identify an owning object. An owning object must be in the same namespace as the dependent, or be cluster-scoped, so there is no namespace field.","properties":{"apiVersion":{"description":"API version of the referent.","type":"string"},"blockOwnerDeletion":{"description":"If true, AND if the owner has the \\"foregroundDeletion\\" finalizer, then the owner cannot be deleted from the key-value store until this reference is removed. See https://kubernetes.io/docs/concepts/architecture/garbage-collection/#foreground-deletion for how the garbage collector interacts with this field and enforces the foreground deletion. Defaults to false. To set this field, a user needs \\"delete\\" permission of the owner, otherwise 422 (Unprocessable Entity) will be returned.","type":"boolean"},"controller":{"description":"If true, this reference points to the managing controller.","type":"boolean"},"kind":{"description":"Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"name":{"description":"Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names","type":"string"},"uid":{"description":"UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids","type":"string"}},"required":["apiVersion","kind","name","uid"],"type":"object","x-kubernetes-map-type":"atomic"},"io.k8s.apimachinery.pkg.apis.meta.v1.Patch":{"description":"Patch is provided to give a concrete name and type to the Kubernetes PATCH request body.","type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.Preconditions":{"description":"Preconditions must be fulfilled before an operation (update, delete, etc.) is carried out.","properties":{"resourceVersion":{"description":"Specifies the target ResourceVersion","type":"string"},"uid":{"description":"Specifies the target UID.","type":"string"}},"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.ServerAddressByClientCIDR":{"description":"ServerAddressByClientCIDR helps the client to determine the server address that they should use, depending on the clientCIDR that they match.","properties":{"clientCIDR":{"description":"The CIDR with which clients can match their IP to figure out the server address that they should use.","type":"string"},"serverAddress":{"description":"Address of this server, suitable for a client that matches the above CIDR. This can be a hostname, hostname:port, IP or IP:port.","type":"string"}},"required":["clientCIDR","serverAddress"],"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.ShardInfo":{"description":"ShardInfo describes the shard selector that was applied to produce a list response. Its presence on a list response indicates the list is a filtered subset.","properties":{"selector":{"description":"selector is the shard selector string from the request, echoed back so clients can verify which shard they received and merge responses from multiple shards.","type":"string"}},"required":["selector"],"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.Status":{"description":"Status is a return value for calls that don\'t return other objects.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources","type":"string"},"code":{"description":"Suggested HTTP return code for this status, 0 if not set.","format":"int32","type":"integer"},"details":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.StatusDetails","description":"Extended data associated with the reason.  Each reason may define its own extended details. This field is optional and the data returned is not guaranteed to conform to any schema except that defined by the reason type."},"kind":{"description":"Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"message":{"description":"A human-readable description of the status of this operation.","type":"string"},"metadata":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta","description":"Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"},"reason":{"description":"A machine-readable description of why this operation is in the \\"Failure\\" status. If this value is empty there is no information available. A Reason clarifies an HTTP status code but does not override it.","type":"string"},"status":{"description":"Status of the operation. One of: \\"Success\\" or \\"Failure\\". More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status","type":"string"}},"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"Status","version":"v1"}]},"io.k8s.apimachinery.pkg.apis.meta.v1.StatusCause":{"description":"StatusCause provides more information about an api.Status failure, including cases when multiple errors are encountered.","properties":{"field":{"description":"The field of the resource that has caused this error, as named by its JSON serialization. May include dot and postfix notation for nested attributes. Arrays are zero-indexed.  Fields may appear more than once in an array of causes due to fields having multiple errors. Optional.\\n\\nExamples:\\n  \\"name\\" - the field \\"name\\" on the current resource\\n  \\"items[0].name\\" - the field \\"name\\" on the first array entry in \\"items\\"","type":"string"},"message":{"description":"A human-readable description of the cause of the error.  This field may be presented as-is to a reader.","type":"string"},"reason":{"description":"A machine-readable description of the cause of the error. If this value is empty there is no information available.","type":"string"}},"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.StatusDetails":{"description":"StatusDetails is a set of additional properties that MAY be set by the server to provide additional information about a response. The Reason field of a Status object defines what attributes will be set. Clients must ignore fields that do not match the defined type of each attribute, and should assume that any attribute may be empty, invalid, or under defined.","properties":{"causes":{"description":"The Causes array includes more details associated with the StatusReason failure. Not all StatusReasons may provide detailed causes.","items":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.StatusCause"},"type":"array","x-kubernetes-list-type":"atomic"},"group":{"description":"The group attribute of the resource associated with the status StatusReason.","type":"string"},"kind":{"description":"The kind attribute of the resource associated with the status StatusReason. On some operations may differ from the requested resource Kind. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds","type":"string"},"name":{"description":"The name attribute of the resource associated with the status StatusReason (when there is a single name which can be described).","type":"string"},"retryAfterSeconds":{"description":"If specified, the time in seconds before the operation should be retried. Some errors may indicate the client must take an alternate action - for those errors this field may indicate how long to wait before taking the alternate action.","format":"int32","type":"integer"},"uid":{"description":"UID of the resource. (when there is a single resource which can be described). More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids","type":"string"}},"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.Time":{"description":"Time is a wrapper around time.Time which supports correct marshaling to YAML and JSON.  Wrappers are provided for many of the factory methods that the time package offers.","format":"date-time","type":"string"},"io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent":{"description":"Event represents a single event to a watched resource.","properties":{"object":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.runtime.RawExtension","description":"Object is:\\n * If Type is Added or Modified: the new state of the object.\\n * If Type is Deleted: the state of the object immediately before deletion.\\n * If Type is Error: *Status is recommended; other types may make sense\\n   depending on context."},"type":{"type":"string"}},"required":["type","object"],"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"WatchEvent","version":"v1"},{"group":"admission.k8s.io","kind":"WatchEvent","version":"v1"},{"group":"admission.k8s.io","kind":"WatchEvent","version":"v1beta1"},{"group":"admissionregistration.k8s.io","kind":"WatchEvent","version":"v1"},{"group":"admissionregistration.k8s.io","kind":"WatchEvent","version":"v1alpha1"},{"group":"admissionregistration.k8s.io","kind":"WatchEvent","version":"v1beta1"},{"group":"apiextensions.k8s.io","kind":"WatchEvent","version":"v1"},{"group":"apiextensions.k8s.io","kind":"WatchEvent","version":"v1beta1"},{"group":"apiregistration.k8s.io","kind":"WatchEvent","version":"v1"},{"group":"apiregistration.k8s.io","kind":"WatchEvent","version":"v1beta1"},{"group":"apps","kind":"WatchEvent","version":"v1"},{"group":"apps","kind":"WatchEvent","version":"v1beta1"},{"group":"apps","kind":"WatchEvent","version":"v1beta2"},{"group":"authentication.k8s.io","kind":"WatchEvent","version":"v1"},{"group":"authentication.k8s.io","kind":"WatchEvent","version":"v1alpha1"},{"group":"authentication.k8s.io","kind":"WatchEvent","version":"v1beta1"},{"group":"authorization.k8s.io","kind":"WatchEvent","version":"v1"},{"group":"authorization.k8s.io","kind":"WatchEvent","version":"v1beta1"},{"group":"autoscaling","kind":"WatchEvent","version":"v1"},{"group":"autoscaling","kind":"WatchEvent","version":"v2"},{"group":"batch","kind":"WatchEvent","version":"v1"},{"group":"batch","kind":"WatchEvent","version":"v1beta1"},{"group":"certificates.k8s.io","kind":"WatchEvent","version":"v1"},{"group":"certificates.k8s.io","kind":"WatchEvent","version":"v1alpha1"},{"group":"certificates.k8s.io","kind":"WatchEvent","version":"v1beta1"},{"group":"coordination.k8s.io","kind":"WatchEvent","version":"v1"},{"group":"coordination.k8s.io","kind":"WatchEvent","version":"v1alpha2"},{"group":"coordination.k8s.io","kind":"WatchEvent","version":"v1beta1"},{"group":"discovery.k8s.io","kind":"WatchEvent","version":"v1"},{"group":"discovery.k8s.io","kind":"WatchEvent","version":"v1beta1"},{"group":"events.k8s.io","kind":"WatchEvent","version":"v1"},{"group":"events.k8s.io","kind":"WatchEvent","version":"v1beta1"},{"group":"extensions","kind":"WatchEvent","version":"v1beta1"},{"group":"flowcontrol.apiserver.k8s.io","kind":"WatchEvent","version":"v1"},{"group":"flowcontrol.apiserver.k8s.io","kind":"WatchEvent","version":"v1beta1"},{"group":"flowcontrol.apiserver.k8s.io","kind":"WatchEvent","version":"v1beta2"},{"group":"flowcontrol.apiserver.k8s.io","kind":"WatchEvent","version":"v1beta3"},{"group":"imagepolicy.k8s.io","kind":"WatchEvent","version":"v1alpha1"},{"group":"internal.apiserver.k8s.io","kind":"WatchEvent","version":"v1alpha1"},{"group":"networking.k8s.io","kind":"WatchEvent","version":"v1"},{"group":"networking.k8s.io","kind":"WatchEvent","version":"v1beta1"},{"group":"node.k8s.io","kind":"WatchEvent","version":"v1"},{"group":"node.k8s.io","kind":"WatchEvent","version":"v1alpha1"},{"group":"node.k8s.io","kind":"WatchEvent","version":"v1beta1"},{"group":"policy","kind":"WatchEvent","version":"v1"},{"group":"policy","kind":"WatchEvent","version":"v1beta1"},{"group":"rbac.authorization.k8s.io","kind":"WatchEvent","version":"v1"},{"group":"rbac.authorization.k8s.io","kind":"WatchEvent","version":"v1alpha1"},{"group":"rbac.authorization.k8s.io","kind":"WatchEvent","version":"v1beta1"},{"group":"resource.k8s.io","kind":"WatchEvent","version":"v1"},{"group":"resource.k8s.io","kind":"WatchEvent","version":"v1alpha3"},{"group":"resource.k8s.io","kind":"WatchEvent","version":"v1beta1"},{"group":"resource.k8s.io","kind":"WatchEvent","version":"v1beta2"},{"group":"scheduling.k8s.io","kind":"WatchEvent","version":"v1"},{"group":"scheduling.k8s.io","kind":"WatchEvent","version":"v1alpha2"},{"group":"scheduling.k8s.io","kind":"WatchEvent","version":"v1beta1"},{"group":"storage.k8s.io","kind":"WatchEvent","version":"v1"},{"group":"storage.k8s.io","kind":"WatchEvent","version":"v1alpha1"},{"group":"storage.k8s.io","kind":"WatchEvent","version":"v1beta1"},{"group":"storagemigration.k8s.io","kind":"WatchEvent","version":"v1beta1"}]},"io.k8s.apimachinery.pkg.runtime.RawExtension":{"description":"RawExtension is used to hold extensions in external versions.\\n\\nTo use this, make a field which has RawExtension as its type in your external, versioned struct, and Object in your internal struct. You also need to register your various plugin types.\\n\\n// Internal package:\\n\\n\\ttype MyAPIObject struct {\\n\\t\\truntime.TypeMeta `json:\\",inline\\"`\\n\\t\\tMyPlugin runtime.Object `json:\\"myPlugin\\"`\\n\\t}\\n\\n\\ttype PluginA struct {\\n\\t\\tAOption string `json:\\"aOption\\"`\\n\\t}\\n\\n// External package:\\n\\n\\ttype MyAPIObject struct {\\n\\t\\truntime.TypeMeta `json:\\",inline\\"`\\n\\t\\tMyPlugin runtime.RawExtension `json:\\"myPlugin\\"`\\n\\t}\\n\\n\\ttype PluginA struct {\\n\\t\\tAOption string `json:\\"aOption\\"`\\n\\t}\\n\\n// On the wire, the JSON will look something like this:\\n\\n\\t{\\n\\t\\t\\"kind\\":\\"MyAPIObject\\",\\n\\t\\t\\"apiVersion\\":\\"v1\\",\\n\\t\\t\\"myPlugin\\": {\\n\\t\\t\\t\\"kind\\":\\"PluginA\\",\\n\\t\\t\\t\\"aOption\\":\\"foo\\",\\n\\t\\t},\\n\\t}\\n\\nSo what happens? Decode first uses json or yaml to unmarshal the serialized data into your external MyAPIObject. That causes the raw JSON to be stored, but not unpacked. The next step is to copy (using pkg/conversion) into the internal struct. The runtime package\'s DefaultScheme has conversion functions installed which will unpack the JSON stored in RawExtension, turning it into the correct object type, and storing it in the Object. (TODO: In the case where the object is of an unknown type, a runtime.Unknown object will be created and stored.)","type":"object"},"io.k8s.apimachinery.pkg.util.intstr.IntOrString":{"description":"IntOrString is a type that can hold an int32 or a string.  When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.  This allows you to have, for example, a JSON field that can accept a name or number.","format":"int-or-string","type":"string"},"io.k8s.apimachinery.pkg.version.Info":{"description":"Info contains versioning information. how we\'ll want to distribute that information.","properties":{"buildDate":{"type":"string"},"compiler":{"type":"string"},"emulationMajor":{"description":"EmulationMajor is the major version of the emulation version","type":"string"},"emulationMinor":{"description":"EmulationMinor is the minor version of the emulation version","type":"string"},"gitCommit":{"type":"string"},"gitTreeState":{"type":"string"},"gitVersion":{"type":"string"},"goVersion":{"type":"string"},"major":{"description":"Major is the major version of the binary version","type":"string"},"minCompatibilityMajor":{"description":"MinCompatibilityMajor is the major version of the minimum compatibility version","type":"string"},"minCompatibilityMinor":{"description":"MinCompatibilityMinor is the minor version of the minimum compatibility version","type":"string"},"minor":{"description":"Minor is the minor version of the binary version","type":"string"},"platform":{"type":"string"}},"required":["major","minor","gitVersion","gitCommit","gitTreeState","buildDate","goVersion","compiler","platform"],"type":"object"}}}');
;// CONCATENATED MODULE: ./lib/sim/openapi.js


let swagger;
let httproute;
/** The vendored, trimmed Kubernetes 1.36 OpenAPI v2 document (see openapi/README.md). */
function kubernetesOpenApi() {
    swagger ??= kubernetes_1_36_namespaceObject;
    return swagger;
}
/** The Gateway API v1.6.1 HTTPRoute v1 schema. */
function httpRouteCrd() {
    httproute ??= httproute_v1_namespaceObject;
    return httproute;
}
const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';
const QUANTITY = 'io.k8s.apimachinery.pkg.api.resource.Quantity';
/** Resolves `$ref: #/definitions/X` against the Kubernetes definitions. */
function resolveRef(ref) {
    const name = ref.replace(/^#\/(definitions|components\/schemas)\//, '');
    const schema = kubernetesOpenApi().definitions[name];
    if (!schema)
        throw new Error(`OpenAPI definition ${name} is not vendored in src/sim/openapi`);
    return { name, schema };
}
/** Minimal InferenceService schema: spec and status are free-form, like a CRD that preserves unknown fields. */
const INFERENCESERVICE_SCHEMA = {
    type: 'object',
    required: ['spec'],
    properties: {
        apiVersion: { type: 'string' },
        kind: { type: 'string' },
        spec: {
            type: 'object',
            required: ['predictor'],
            properties: {
                predictor: {
                    type: 'object',
                    properties: { canaryTrafficPercent: { type: 'integer', minimum: 0, maximum: 100 } },
                    'x-kubernetes-preserve-unknown-fields': true,
                },
            },
            'x-kubernetes-preserve-unknown-fields': true,
        },
        status: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
    },
};
/** The root schema of a served kind. CRD metadata is validated as ObjectMeta. */
function rootSchema(r) {
    if (r.definition === 'crd:inferenceservices') {
        const props = INFERENCESERVICE_SCHEMA.properties;
        return {
            ...INFERENCESERVICE_SCHEMA,
            properties: { ...props, metadata: { $ref: `#/definitions/${OBJECT_META}` } },
        };
    }
    if (r.definition.startsWith('crd:')) {
        const crd = httpRouteCrd().schema;
        return { ...crd, properties: { ...crd.properties, metadata: { $ref: `#/definitions/${OBJECT_META}` } } };
    }
    return resolveRef(`#/definitions/${r.definition}`).schema;
}

;// CONCATENATED MODULE: ./lib/sim/status.js
/** A failed API call, carrying the `Status` body a real apiserver returns. */
class ApiError extends Error {
    code;
    reason;
    details;
    constructor(code, reason, message, details) {
        super(message);
        this.code = code;
        this.reason = reason;
        this.details = details;
        this.name = 'ApiError';
    }
    toStatus() {
        return {
            kind: 'Status',
            apiVersion: 'v1',
            metadata: {},
            status: 'Failure',
            message: this.message,
            reason: this.reason,
            ...(this.details ? { details: this.details } : {}),
            code: this.code,
        };
    }
}
/** `deployments.apps`, `pods`: the resource as real messages name it. */
function qualified(r) {
    return r.group ? `${r.plural}.${r.group}` : r.plural;
}
function kindQualified(r) {
    return r.group ? `${r.kind}.${r.group}` : r.kind;
}
function notFound(r, name) {
    return new ApiError(404, 'NotFound', `${qualified(r)} "${name}" not found`, {
        name,
        group: r.group,
        kind: r.plural,
    });
}
function alreadyExists(r, name) {
    return new ApiError(409, 'AlreadyExists', `${qualified(r)} "${name}" already exists`, {
        name,
        group: r.group,
        kind: r.plural,
    });
}
function conflict(r, name) {
    return new ApiError(409, 'Conflict', `Operation cannot be fulfilled on ${qualified(r)} "${name}": the object has been modified; please apply your changes to the latest version and try again`, { name, group: r.group, kind: r.plural });
}
function invalid(r, name, causes) {
    const parts = causes.map((c) => `${c.field ? `${c.field}: ` : ''}${c.message}`);
    const list = parts.length === 1 ? parts[0] : `[${parts.join(', ')}]`;
    return new ApiError(422, 'Invalid', `${kindQualified(r)} "${name}" is invalid: ${list}`, {
        name,
        group: r.group,
        kind: r.kind,
        causes,
    });
}
function badRequest(message) {
    return new ApiError(400, 'BadRequest', message);
}
function methodNotAllowed() {
    return new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
}
function pathNotFound() {
    return new ApiError(404, 'NotFound', 'the server could not find the requested resource');
}
function gone(message) {
    return new ApiError(410, 'Expired', message);
}
function unsupportedMediaType(contentType) {
    return new ApiError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml (got ${contentType})`);
}

;// CONCATENATED MODULE: ./lib/sim/patch.js



function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** RFC 7386 JSON merge patch. */
function mergePatch(target, patch) {
    if (!isObject(patch))
        return structuredClone(patch);
    const out = isObject(target) ? structuredClone(target) : {};
    for (const [k, v] of Object.entries(patch)) {
        if (v === null)
            delete out[k];
        else
            out[k] = mergePatch(out[k], v);
    }
    return out;
}
function deref(schema) {
    if (!schema)
        return undefined;
    return schema.$ref ? resolveRef(schema.$ref).schema : schema;
}
function childSchema(schema, key) {
    const s = deref(schema);
    if (!s)
        return undefined;
    if (s.properties?.[key])
        return s.properties[key];
    return typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
}
/**
 * Strategic merge patch, driven by the OpenAPI `x-kubernetes-patch-strategy` / `-merge-key`
 * extensions: lists of containers, env, ports, volumes... merge by key; `$patch: delete|replace`,
 * `$deleteFromPrimitiveList/<field>` and `$retainKeys` directives are honoured; `$setElementOrder` is ignored.
 */
function strategicMergePatch(target, patch, schema) {
    if (!isObject(patch))
        return structuredClone(patch);
    if (patch.$patch === 'replace') {
        const { $patch: _, ...rest } = patch;
        return structuredClone(rest);
    }
    if (patch.$patch === 'delete')
        return undefined;
    const out = isObject(target) ? structuredClone(target) : {};
    for (const [k, v] of Object.entries(patch)) {
        if (k.startsWith('$setElementOrder/') || k === '$retainKeys' || k === '$patch')
            continue;
        if (k.startsWith('$deleteFromPrimitiveList/')) {
            const field = k.slice('$deleteFromPrimitiveList/'.length);
            const list = out[field];
            if (Array.isArray(list) && Array.isArray(v))
                out[field] = list.filter((x) => !v.some((d) => (0,external_node_util_.isDeepStrictEqual)(d, x)));
            continue;
        }
        if (v === null) {
            delete out[k];
            continue;
        }
        const sub = childSchema(schema, k);
        if (Array.isArray(v)) {
            out[k] = mergeList(out[k], v, deref(sub));
        }
        else if (isObject(v)) {
            const merged = strategicMergePatch(out[k], v, sub);
            if (merged === undefined)
                delete out[k];
            else
                out[k] = merged;
        }
        else {
            out[k] = v;
        }
    }
    if (Array.isArray(patch.$retainKeys)) {
        const keep = new Set(patch.$retainKeys);
        for (const k of Object.keys(out))
            if (!keep.has(k))
                delete out[k];
    }
    return out;
}
function mergeList(current, patch, schema) {
    const strategy = schema?.['x-kubernetes-patch-strategy'] ?? '';
    const key = schema?.['x-kubernetes-patch-merge-key'];
    const base = Array.isArray(current) ? structuredClone(current) : [];
    if (!strategy.split(',').includes('merge')) {
        return patch.filter((x) => !(isObject(x) && x.$patch)).map((x) => structuredClone(x));
    }
    if (!key) {
        const out = [...base];
        for (const x of patch)
            if (!out.some((y) => (0,external_node_util_.isDeepStrictEqual)(x, y)))
                out.push(structuredClone(x));
        return out;
    }
    const items = schema?.items;
    const out = base;
    for (const p of patch) {
        if (!isObject(p))
            continue;
        if (p.$patch === 'replace')
            return patch.filter((x) => !(isObject(x) && x.$patch)).map((x) => structuredClone(x));
        const idx = out.findIndex((x) => isObject(x) && x[key] === p[key]);
        if (p.$patch === 'delete') {
            if (idx >= 0)
                out.splice(idx, 1);
            continue;
        }
        if (idx >= 0)
            out[idx] = strategicMergePatch(out[idx], p, items);
        else
            out.push(strategicMergePatch(undefined, p, items));
    }
    return out;
}
function pointer(path) {
    if (path === '')
        return [];
    if (!path.startsWith('/'))
        throw badRequest(`the server rejected our request due to an error in our request: invalid JSON pointer "${path}"`);
    return path
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function parentOf(doc, tokens, path) {
    let cur = doc;
    for (const t of tokens.slice(0, -1)) {
        if (Array.isArray(cur))
            cur = cur[Number(t)];
        else if (isObject(cur))
            cur = cur[t];
        else
            cur = undefined;
        if (cur === undefined)
            throw jsonPatchError(`doc is missing path: "${path}": missing value`);
    }
    if (!Array.isArray(cur) && !isObject(cur))
        throw jsonPatchError(`doc is missing path: "${path}": missing value`);
    return { parent: cur, last: tokens[tokens.length - 1] };
}
function jsonPatchError(message) {
    return new ApiError(422, 'Invalid', message);
}
function getAt(doc, path) {
    let cur = doc;
    for (const t of pointer(path)) {
        if (Array.isArray(cur))
            cur = cur[Number(t)];
        else if (isObject(cur))
            cur = cur[t];
        else
            return undefined;
    }
    return cur;
}
/** RFC 6902 JSON patch. */
function jsonPatch(target, ops) {
    if (!Array.isArray(ops))
        throw badRequest('the body of a JSON patch must be an array of operations');
    let doc = structuredClone(target);
    for (const raw of ops) {
        const { op, path } = raw;
        if (typeof path !== 'string')
            throw badRequest(`JSON patch operation ${JSON.stringify(raw)} has no path`);
        const tokens = pointer(path);
        if (op === 'test') {
            if (!(0,external_node_util_.isDeepStrictEqual)(getAt(doc, path), raw.value))
                throw jsonPatchError(`testing value ${path} failed: test failed`);
            continue;
        }
        let value = raw.value;
        if (op === 'move' || op === 'copy') {
            if (typeof raw.from !== 'string')
                throw badRequest(`JSON patch ${op} needs "from"`);
            value = structuredClone(getAt(doc, raw.from));
            if (value === undefined)
                throw jsonPatchError(`doc is missing from path: "${raw.from}": missing value`);
            if (op === 'move')
                doc = jsonPatch(doc, [{ op: 'remove', path: raw.from }]);
        }
        if (tokens.length === 0) {
            if (op === 'remove')
                throw jsonPatchError('cannot remove the whole document');
            doc = structuredClone(value);
            continue;
        }
        const { parent, last } = parentOf(doc, tokens, path);
        switch (op) {
            case 'add':
            case 'move':
            case 'copy':
                if (Array.isArray(parent)) {
                    const i = last === '-' ? parent.length : Number(last);
                    if (!Number.isInteger(i) || i < 0 || i > parent.length)
                        throw jsonPatchError(`add operation does not apply: index ${last} out of range`);
                    parent.splice(i, 0, structuredClone(value));
                }
                else
                    parent[last] = structuredClone(value);
                break;
            case 'replace':
                if (Array.isArray(parent)) {
                    const i = Number(last);
                    if (!(i >= 0 && i < parent.length))
                        throw jsonPatchError(`replace operation does not apply: doc is missing key: ${path}: missing value`);
                    parent[i] = structuredClone(value);
                }
                else {
                    if (!(last in parent))
                        throw jsonPatchError(`replace operation does not apply: doc is missing key: ${path}: missing value`);
                    parent[last] = structuredClone(value);
                }
                break;
            case 'remove':
                if (Array.isArray(parent)) {
                    const i = Number(last);
                    if (!(i >= 0 && i < parent.length))
                        throw jsonPatchError(`remove operation does not apply: doc is missing path: "${path}": missing value`);
                    parent.splice(i, 1);
                }
                else {
                    if (!(last in parent))
                        throw jsonPatchError(`remove operation does not apply: doc is missing path: "${path}": missing value`);
                    delete parent[last];
                }
                break;
            default:
                throw badRequest(`Unexpected kind: ${op}`);
        }
    }
    return doc;
}
/** managedFields `fieldsV1` for the fields an applied configuration sets. */
function fieldsV1(applied, schema) {
    const out = {};
    if (!isObject(applied))
        return out;
    for (const [k, v] of Object.entries(applied)) {
        if (k === 'apiVersion' || k === 'kind')
            continue;
        if (k === 'metadata' && isObject(v)) {
            const meta = {};
            for (const mk of ['labels', 'annotations']) {
                if (isObject(v[mk]))
                    meta[`f:${mk}`] = Object.fromEntries(Object.keys(v[mk]).map((x) => [`f:${x}`, {}]));
            }
            if (Object.keys(meta).length)
                out['f:metadata'] = meta;
            continue;
        }
        const sub = deref(childSchema(schema, k));
        if (Array.isArray(v)) {
            const key = sub?.['x-kubernetes-patch-merge-key'];
            const list = {};
            for (const item of v) {
                if (key && isObject(item) && item[key] !== undefined) {
                    list[`k:${JSON.stringify({ [key]: item[key] })}`] = { '.': {}, ...fieldsV1(item, sub?.items) };
                }
            }
            out[`f:${k}`] = list;
        }
        else if (isObject(v))
            out[`f:${k}`] = fieldsV1(v, sub);
        else
            out[`f:${k}`] = {};
    }
    return out;
}
/**
 * Server-side apply: removes what a manager applied before and no longer applies
 * (`fieldsV1` of its previous Apply minus the new one), so dropping a label, env var or
 * container from the applied configuration removes it from the object.
 */
function removeDroppedFields(target, before, after) {
    for (const [key, sub] of Object.entries(before)) {
        if (key === '.')
            continue;
        const next = after[key];
        if (key.startsWith('f:')) {
            const field = key.slice(2);
            if (!isObject(target))
                continue;
            if (next === undefined)
                delete target[field];
            else if (isObject(sub) && Object.keys(sub).length)
                removeDroppedFields(target[field], sub, next);
        }
        else if (key.startsWith('k:') && Array.isArray(target)) {
            const match = JSON.parse(key.slice(2));
            const idx = target.findIndex((item) => isObject(item) && Object.entries(match).every(([k, v]) => item[k] === v));
            if (idx < 0)
                continue;
            if (next === undefined)
                target.splice(idx, 1);
            else if (isObject(sub))
                removeDroppedFields(target[idx], sub, next);
        }
    }
}

;// CONCATENATED MODULE: ./lib/sim/resources.js
const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
function rt(r) {
    return { shortNames: [], categories: [], strategicMerge: true, ...r };
}
const RESOURCES = [
    rt({
        group: '',
        version: 'v1',
        kind: 'Namespace',
        plural: 'namespaces',
        singular: 'namespace',
        namespaced: false,
        shortNames: ['ns'],
        subresources: ['status'],
        definition: 'io.k8s.api.core.v1.Namespace',
    }),
    rt({
        group: '',
        version: 'v1',
        kind: 'Node',
        plural: 'nodes',
        singular: 'node',
        namespaced: false,
        shortNames: ['no'],
        subresources: ['status'],
        definition: 'io.k8s.api.core.v1.Node',
    }),
    rt({
        group: '',
        version: 'v1',
        kind: 'Pod',
        plural: 'pods',
        singular: 'pod',
        namespaced: true,
        shortNames: ['po'],
        categories: ['all'],
        subresources: ['status', 'log'],
        definition: 'io.k8s.api.core.v1.Pod',
    }),
    rt({
        group: '',
        version: 'v1',
        kind: 'Service',
        plural: 'services',
        singular: 'service',
        namespaced: true,
        shortNames: ['svc'],
        categories: ['all'],
        subresources: ['status'],
        definition: 'io.k8s.api.core.v1.Service',
    }),
    rt({
        group: '',
        version: 'v1',
        kind: 'ConfigMap',
        plural: 'configmaps',
        singular: 'configmap',
        namespaced: true,
        shortNames: ['cm'],
        subresources: [],
        definition: 'io.k8s.api.core.v1.ConfigMap',
    }),
    rt({
        group: '',
        version: 'v1',
        kind: 'Event',
        plural: 'events',
        singular: 'event',
        namespaced: true,
        shortNames: ['ev'],
        subresources: [],
        definition: 'io.k8s.api.core.v1.Event',
    }),
    rt({
        group: 'apps',
        version: 'v1',
        kind: 'Deployment',
        plural: 'deployments',
        singular: 'deployment',
        namespaced: true,
        shortNames: ['deploy'],
        categories: ['all'],
        subresources: ['status', 'scale'],
        definition: 'io.k8s.api.apps.v1.Deployment',
    }),
    rt({
        group: 'apps',
        version: 'v1',
        kind: 'ReplicaSet',
        plural: 'replicasets',
        singular: 'replicaset',
        namespaced: true,
        shortNames: ['rs'],
        categories: ['all'],
        subresources: ['status', 'scale'],
        definition: 'io.k8s.api.apps.v1.ReplicaSet',
    }),
    rt({
        group: 'coordination.k8s.io',
        version: 'v1',
        kind: 'Lease',
        plural: 'leases',
        singular: 'lease',
        namespaced: true,
        subresources: [],
        definition: 'io.k8s.api.coordination.v1.Lease',
    }),
    rt({
        group: 'gateway.networking.k8s.io',
        version: 'v1',
        kind: 'HTTPRoute',
        plural: 'httproutes',
        singular: 'httproute',
        namespaced: true,
        categories: ['gateway-api'],
        subresources: ['status'],
        definition: 'crd:httproutes',
        strategicMerge: false,
    }),
    rt({
        group: 'serving.kserve.io',
        version: 'v1beta1',
        kind: 'InferenceService',
        plural: 'inferenceservices',
        singular: 'inferenceservice',
        namespaced: true,
        shortNames: ['isvc'],
        subresources: ['status'],
        definition: 'crd:inferenceservices',
        strategicMerge: false,
    }),
];
function apiVersionOf(r) {
    return r.group ? `${r.group}/${r.version}` : r.version;
}
function findResource(group, version, plural) {
    return RESOURCES.find((r) => r.group === group && r.version === version && r.plural === plural);
}
function resourceByKind(kind) {
    return RESOURCES.find((r) => r.kind === kind);
}
function groupVersions() {
    const seen = new Map();
    for (const r of RESOURCES)
        seen.set(`${r.group}/${r.version}`, { group: r.group, version: r.version });
    return [...seen.values()];
}
/** APIResourceList for /api/v1 or /apis/<group>/<version>. */
function apiResourceList(group, version) {
    const resources = [];
    for (const r of RESOURCES.filter((x) => x.group === group && x.version === version)) {
        resources.push({
            name: r.plural,
            singularName: r.singular,
            namespaced: r.namespaced,
            kind: r.kind,
            verbs: r.kind === 'Node' || r.kind === 'Namespace' ? VERBS.filter((v) => v !== 'deletecollection') : VERBS,
            ...(r.shortNames.length ? { shortNames: r.shortNames } : {}),
            ...(r.categories.length ? { categories: r.categories } : {}),
            storageVersionHash: Buffer.from(`${r.group}/${r.version}/${r.kind}`).toString('base64').slice(0, 11),
        });
        for (const sub of r.subresources) {
            const kind = sub === 'scale' ? 'Scale' : sub === 'log' ? 'Pod' : r.kind;
            const verbs = sub === 'log' ? ['get'] : ['get', 'patch', 'update'];
            resources.push({
                name: `${r.plural}/${sub}`,
                singularName: '',
                namespaced: r.namespaced,
                ...(sub === 'scale' ? { group: 'autoscaling', version: 'v1' } : {}),
                kind,
                verbs,
            });
        }
    }
    return {
        kind: 'APIResourceList',
        apiVersion: 'v1',
        groupVersion: group ? `${group}/${version}` : version,
        resources,
    };
}

;// CONCATENATED MODULE: ./lib/sim/selectors.js

/** Parses a label selector string: `a=b`, `a==b`, `a!=b`, `a in (x,y)`, `a notin (x)`, `a`, `!a`. */
function parseLabelSelector(text) {
    const reqs = [];
    for (const part of splitTopLevel(text)) {
        const s = part.trim();
        if (!s)
            continue;
        let m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(s);
        if (m) {
            const values = m[3]
                .split(',')
                .map((v) => v.trim())
                .filter((v) => v !== '');
            reqs.push({ key: m[1], op: m[2], values });
            continue;
        }
        m = /^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/.exec(s);
        if (m) {
            reqs.push({ key: m[1], op: m[2] === '!=' ? 'notin' : 'in', values: [m[3]] });
            continue;
        }
        m = /^(!?)\s*([\w./-]+)$/.exec(s);
        if (m) {
            reqs.push({ key: m[2], op: m[1] ? '!' : 'exists', values: [] });
            continue;
        }
        throw badRequest(`unable to parse requirement: found '${s}', expected: in, notin, =, ==, !=, gt, lt`);
    }
    return reqs;
}
function splitTopLevel(text) {
    const out = [];
    let depth = 0;
    let cur = '';
    for (const ch of text) {
        if (ch === '(')
            depth++;
        if (ch === ')')
            depth--;
        if (ch === ',' && depth === 0) {
            out.push(cur);
            cur = '';
        }
        else
            cur += ch;
    }
    out.push(cur);
    return out;
}
function matchesRequirements(labels, reqs) {
    const l = labels ?? {};
    return reqs.every((r) => {
        const has = Object.hasOwn(l, r.key);
        switch (r.op) {
            case 'in':
                return has && r.values.includes(l[r.key]);
            case 'notin':
                return !has || !r.values.includes(l[r.key]);
            case 'exists':
                return has;
            default:
                return !has;
        }
    });
}
/** Converts a metav1.LabelSelector; an empty selector matches everything, a missing one nothing. */
function selectorRequirements(sel) {
    if (!sel)
        return undefined;
    const reqs = [];
    for (const [key, value] of Object.entries(sel.matchLabels ?? {}))
        reqs.push({ key, op: 'in', values: [value] });
    for (const e of sel.matchExpressions ?? []) {
        const op = e.operator.toLowerCase();
        if (op === 'in' || op === 'notin')
            reqs.push({ key: e.key, op, values: e.values ?? [] });
        else if (op === 'exists')
            reqs.push({ key: e.key, op: 'exists', values: [] });
        else if (op === 'doesnotexist')
            reqs.push({ key: e.key, op: '!', values: [] });
    }
    return reqs;
}
function matchesSelector(labels, sel) {
    const reqs = selectorRequirements(sel);
    return reqs ? matchesRequirements(labels, reqs) : false;
}
/** `key=value,...` for a plain map selector (Service.spec.selector): empty matches nothing, like a Service. */
function matchesMap(labels, sel) {
    if (!sel || Object.keys(sel).length === 0)
        return false;
    return Object.entries(sel).every(([k, v]) => labels?.[k] === v);
}
const FIELD_GETTERS = {
    'metadata.name': (o) => o.metadata.name,
    'metadata.namespace': (o) => o.metadata.namespace,
    'spec.nodeName': (o) => o.spec?.nodeName ?? '',
    'spec.schedulerName': (o) => o.spec?.schedulerName,
    'spec.unschedulable': (o) => String(o.spec?.unschedulable ?? false),
    'status.phase': (o) => o.status?.phase ?? '',
    'status.podIP': (o) => o.status?.podIP ?? '',
    'involvedObject.kind': (o) => o.involvedObject?.kind,
    'involvedObject.name': (o) => o.involvedObject?.name,
    'involvedObject.namespace': (o) => o.involvedObject?.namespace,
    'involvedObject.uid': (o) => o.involvedObject?.uid,
    'involvedObject.fieldPath': (o) => o.involvedObject?.fieldPath,
    'involvedObject.apiVersion': (o) => o.involvedObject?.apiVersion,
    'involvedObject.resourceVersion': (o) => o.involvedObject?.resourceVersion,
    reason: (o) => o.reason,
    type: (o) => o.type,
    'source.component': (o) => o.source?.component,
};
function parseFieldSelector(text, kind) {
    const out = [];
    for (const part of text.split(',')) {
        const s = part.trim();
        if (!s)
            continue;
        const m = /^([\w.]+)\s*(==|=|!=)\s*(.*)$/.exec(s);
        if (!m)
            throw badRequest(`invalid selector: '${s}'; can't understand '${s}'`);
        const field = m[1];
        if (!FIELD_GETTERS[field]) {
            throw badRequest(`field label not supported: ${field}`);
        }
        if (field.startsWith('involvedObject.') && kind !== 'Event')
            throw badRequest(`field label not supported: ${field}`);
        out.push({ field, negate: m[2] === '!=', value: m[3] });
    }
    return out;
}
function matchesFields(o, reqs) {
    return reqs.every((r) => {
        const v = FIELD_GETTERS[r.field](o) ?? '';
        return r.negate ? v !== r.value : v === r.value;
    });
}

;// CONCATENATED MODULE: ./lib/sim/semantics.js



/** Checks the apiserver makes beyond the OpenAPI schema (names, images, selectors, resources). */
function validateSemantics(o, old) {
    const causes = [];
    const name = o.metadata.name ?? '';
    const nameRule = o.kind === 'Namespace' ? DNS_LABEL : o.kind === 'Service' ? DNS_1035 : DNS_SUBDOMAIN;
    if (!name && !o.metadata.generateName) {
        causes.push({
            reason: 'FieldValueRequired',
            message: 'Required value: name or generateName is required',
            field: 'metadata.name',
        });
    }
    else if (name && !nameRule.re.test(name)) {
        causes.push({
            reason: 'FieldValueInvalid',
            message: `Invalid value: "${name}": ${nameRule.message}`,
            field: 'metadata.name',
        });
    }
    for (const v of Object.values(o.metadata.labels ?? {})) {
        if (typeof v === 'string' && v !== '' && !LABEL_VALUE.test(v)) {
            causes.push({
                reason: 'FieldValueInvalid',
                message: `Invalid value: "${v}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
                field: `metadata.labels`,
            });
        }
    }
    switch (o.kind) {
        case 'Pod':
            semantics_podSpec(o.spec, 'spec', causes, false);
            break;
        case 'Deployment':
        case 'ReplicaSet':
            workload(o, old, causes);
            break;
        case 'Service':
            if (o.spec?.type !== 'ExternalName' && o.spec?.clusterIP !== 'None' && !o.spec?.ports?.length) {
                causes.push({ reason: 'FieldValueRequired', message: 'Required value', field: 'spec.ports' });
            }
            break;
    }
    return causes;
}
const DNS_SUBDOMAIN = {
    re: /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
    message: "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
};
const DNS_LABEL = {
    re: /^(?=.{1,63}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
    message: "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
};
const DNS_1035 = {
    re: /^(?=.{1,63}$)[a-z]([-a-z0-9]*[a-z0-9])?$/,
    message: "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
};
const LABEL_VALUE = /^(?=.{0,63}$)(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
function workload(o, old, causes) {
    const spec = o.spec ?? {};
    if (!spec.selector) {
        causes.push({ reason: 'FieldValueRequired', message: 'Required value', field: 'spec.selector' });
    }
    else {
        const sel = spec.selector;
        if (!sel.matchLabels && !sel.matchExpressions?.length) {
            causes.push({
                reason: 'FieldValueInvalid',
                message: 'Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment',
                field: 'spec.selector',
            });
        }
        else if (!matchesSelector(spec.template?.metadata?.labels, sel)) {
            const labels = Object.entries(spec.template?.metadata?.labels ?? {})
                .map(([k, v]) => `"${k}":"${v}"`)
                .join(', ');
            causes.push({
                reason: 'FieldValueInvalid',
                message: `Invalid value: map[string]string{${labels}}: \`selector\` does not match template \`labels\``,
                field: 'spec.template.metadata.labels',
            });
        }
        if (old && o.kind === 'Deployment' && !(0,external_node_util_.isDeepStrictEqual)(old.spec?.selector, sel)) {
            causes.push({
                reason: 'FieldValueInvalid',
                message: `Invalid value: ${JSON.stringify(sel)}: field is immutable`,
                field: 'spec.selector',
            });
        }
    }
    if (typeof spec.replicas === 'number' && spec.replicas < 0) {
        causes.push({
            reason: 'FieldValueInvalid',
            message: `Invalid value: ${spec.replicas}: must be greater than or equal to 0`,
            field: 'spec.replicas',
        });
    }
    const ru = spec.strategy?.rollingUpdate;
    if (o.kind === 'Deployment' && spec.strategy?.type === 'RollingUpdate' && ru) {
        if (isZero(ru.maxSurge) && isZero(ru.maxUnavailable)) {
            causes.push({
                reason: 'FieldValueInvalid',
                message: 'Invalid value: 0: may not be 0 when `maxSurge` is 0',
                field: 'spec.strategy.rollingUpdate.maxUnavailable',
            });
        }
    }
    if (o.kind === 'Deployment' && spec.strategy?.type === 'Recreate' && ru) {
        causes.push({
            reason: 'FieldValueForbidden',
            message: "Forbidden: may not be specified when strategy `type` is 'Recreate'",
            field: 'spec.strategy.rollingUpdate',
        });
    }
    if (!spec.template) {
        causes.push({ reason: 'FieldValueRequired', message: 'Required value', field: 'spec.template' });
        return;
    }
    semantics_podSpec(spec.template.spec, 'spec.template.spec', causes, true);
}
function isZero(v) {
    return v === 0 || v === '0' || v === '0%';
}
const NON_OVERCOMMITTABLE = /^(nvidia\.com|amd\.com|[a-z0-9.-]+\.[a-z]+)\//;
function semantics_podSpec(spec, path, causes, template) {
    const containers = spec?.containers;
    if (!spec || !Array.isArray(containers) || containers.length === 0) {
        if (!causes.some((c) => c.field === `${path}.containers`)) {
            causes.push({ reason: 'FieldValueRequired', message: 'Required value', field: `${path}.containers` });
        }
        return;
    }
    const names = new Set();
    containers.forEach((c, i) => {
        const p = `${path}.containers[${i}]`;
        if (!c || typeof c !== 'object')
            return;
        if (c.name && names.has(c.name)) {
            causes.push({
                reason: 'FieldValueDuplicate',
                message: `Duplicate value: "${c.name}"`,
                field: `${p}.name`,
            });
        }
        if (c.name)
            names.add(c.name);
        if (typeof c.name === 'string' && c.name && !DNS_LABEL.re.test(c.name)) {
            causes.push({
                reason: 'FieldValueInvalid',
                message: `Invalid value: "${c.name}": ${DNS_LABEL.message}`,
                field: `${p}.name`,
            });
        }
        if (!c.image || (typeof c.image === 'string' && c.image.trim() === '')) {
            causes.push({ reason: 'FieldValueRequired', message: 'Required value', field: `${p}.image` });
        }
        resources(c, `${p}.resources`, causes);
    });
    if (template && spec.restartPolicy && spec.restartPolicy !== 'Always') {
        causes.push({
            reason: 'FieldValueNotSupported',
            message: `Unsupported value: "${spec.restartPolicy}": supported values: "Always"`,
            field: `${path}.restartPolicy`,
        });
    }
}
function resources(c, path, causes) {
    const requests = c.resources?.requests ?? {};
    const limits = c.resources?.limits ?? {};
    for (const [name, raw] of Object.entries(requests)) {
        const req = (0,units/* parseQuantity */.Lf)(raw);
        if (req === undefined)
            continue;
        const limRaw = limits[name];
        const lim = limRaw === undefined ? undefined : (0,units/* parseQuantity */.Lf)(limRaw);
        if (NON_OVERCOMMITTABLE.test(name) && !name.startsWith('hugepages')) {
            if (!Number.isInteger(req)) {
                causes.push({
                    reason: 'FieldValueInvalid',
                    message: `Invalid value: "${raw}": must be an integer`,
                    field: `${path}.requests[${name}]`,
                });
            }
            if (lim === undefined) {
                causes.push({
                    reason: 'FieldValueRequired',
                    message: 'Required value: Limit must be set for non overcommitable resources',
                    field: `${path}.limits`,
                });
            }
            else if (lim !== req) {
                causes.push({
                    reason: 'FieldValueInvalid',
                    message: `Invalid value: "${raw}": must be equal to ${name} limit of ${limRaw}`,
                    field: `${path}.requests[${name}]`,
                });
            }
        }
        else if (lim !== undefined && req > lim) {
            causes.push({
                reason: 'FieldValueInvalid',
                message: `Invalid value: "${raw}": must be less than or equal to ${name} limit of ${limRaw}`,
                field: `${path}.requests[${name}]`,
            });
        }
    }
}

;// CONCATENATED MODULE: ./lib/sim/validate.js

const QUANTITY_RE = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
function show(value) {
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return '[]interface {}';
    if (typeof value === 'object')
        return 'map[string]interface {}';
    return String(value);
}
function typeOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'integer' : 'number';
    return typeof value;
}
function typeMatches(type, value) {
    const t = typeOf(value);
    if (type === 'number')
        return t === 'number' || t === 'integer';
    return t === type;
}
/** Validates an object against the served kind's OpenAPI schema (types, required, enums, formats, limits). */
function validateSchema(r, object) {
    const out = { causes: [], unknownFields: [] };
    walk(rootSchema(r), object, '', out, undefined);
    return out;
}
function join(path, key) {
    return path ? `${path}.${key}` : key;
}
function walk(input, value, path, out, defName) {
    let schema = input;
    let name = defName;
    if (schema.$ref) {
        const resolved = resolveRef(schema.$ref);
        schema = resolved.schema;
        name = resolved.name;
    }
    if (value === null || value === undefined) {
        return;
    }
    for (const sub of schema.allOf ?? [])
        walk(sub, value, path, out, undefined);
    const field = path || '<root>';
    if (name === QUANTITY) {
        if (typeof value === 'number')
            return;
        if (typeof value !== 'string' || !QUANTITY_RE.test(value)) {
            out.causes.push({
                reason: 'FieldValueInvalid',
                message: `Invalid value: ${show(value)}: quantities must match the regular expression '${QUANTITY_RE.source}'`,
                field,
            });
        }
        return;
    }
    if (schema.format === 'int-or-string' || schema['x-kubernetes-int-or-string']) {
        if (typeof value !== 'string' && !(typeof value === 'number' && Number.isInteger(value))) {
            out.causes.push({
                reason: 'FieldValueTypeInvalid',
                message: `Invalid value: ${show(value)}: ${field} in body must be of type integer,string: ${JSON.stringify(typeOf(value))}`,
                field,
            });
        }
        return;
    }
    if (schema.type && !typeMatches(schema.type, value)) {
        out.causes.push({
            reason: 'FieldValueTypeInvalid',
            message: `Invalid value: ${show(value)}: ${field} in body must be of type ${schema.type}: ${JSON.stringify(typeOf(value))}`,
            field,
        });
        return;
    }
    if (schema.enum && !schema.enum.some((e) => e === value)) {
        out.causes.push({
            reason: 'FieldValueNotSupported',
            message: `Unsupported value: ${show(value)}: supported values: ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`,
            field,
        });
    }
    if (typeof value === 'string')
        checkString(schema, value, field, out);
    if (typeof value === 'number')
        checkNumber(schema, value, field, out);
    if (Array.isArray(value)) {
        if (schema.maxItems !== undefined && value.length > schema.maxItems) {
            out.causes.push({
                reason: 'FieldValueTooMany',
                message: `Too many: ${value.length}: must have at most ${schema.maxItems} items`,
                field,
            });
        }
        if (schema.minItems !== undefined && value.length < schema.minItems) {
            out.causes.push({
                reason: 'FieldValueInvalid',
                message: `Invalid value: ${value.length}: ${field} in body should have at least ${schema.minItems} items`,
                field,
            });
        }
        if (schema.items) {
            value.forEach((item, i) => {
                walk(schema.items, item, `${path}[${i}]`, out, undefined);
            });
        }
        return;
    }
    if (typeof value === 'object') {
        const obj = value;
        for (const req of schema.required ?? []) {
            if (obj[req] === undefined || obj[req] === null) {
                out.causes.push({ reason: 'FieldValueRequired', message: 'Required value', field: join(path, req) });
            }
        }
        const props = schema.properties;
        for (const [k, v] of Object.entries(obj)) {
            const p = props?.[k];
            if (p)
                walk(p, v, join(path, k), out, undefined);
            else if (typeof schema.additionalProperties === 'object') {
                walk(schema.additionalProperties, v, `${path}[${k}]`, out, undefined);
            }
            else if (props &&
                !schema['x-kubernetes-preserve-unknown-fields'] &&
                schema.additionalProperties !== true) {
                out.unknownFields.push(join(path, k));
            }
        }
    }
}
function checkString(schema, value, field, out) {
    if (schema.maxLength !== undefined && value.length > schema.maxLength) {
        out.causes.push({
            reason: 'FieldValueTooLong',
            message: `Too long: may not be more than ${schema.maxLength} bytes`,
            field,
        });
    }
    if (schema.minLength !== undefined && value.length < schema.minLength) {
        out.causes.push({
            reason: 'FieldValueInvalid',
            message: `Invalid value: ${show(value)}: ${field} in body should be at least ${schema.minLength} chars long`,
            field,
        });
    }
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) {
        out.causes.push({
            reason: 'FieldValueInvalid',
            message: `Invalid value: ${show(value)}: ${field} in body should match '${schema.pattern}'`,
            field,
        });
    }
}
function checkNumber(schema, value, field, out) {
    if (schema.format === 'int32' && (value > 2 ** 31 - 1 || value < -(2 ** 31))) {
        out.causes.push({
            reason: 'FieldValueInvalid',
            message: `Invalid value: ${value}: out of int32 range`,
            field,
        });
    }
    if (schema.minimum !== undefined && value < schema.minimum) {
        out.causes.push({
            reason: 'FieldValueInvalid',
            message: `Invalid value: ${value}: ${field} in body should be greater than or equal to ${schema.minimum}`,
            field,
        });
    }
    if (schema.maximum !== undefined && value > schema.maximum) {
        out.causes.push({
            reason: 'FieldValueInvalid',
            message: `Invalid value: ${value}: ${field} in body should be less than or equal to ${schema.maximum}`,
            field,
        });
    }
}

;// CONCATENATED MODULE: ./lib/sim/api.js











const PATCH_TYPES = {
    'application/merge-patch+json': 'merge',
    'application/strategic-merge-patch+json': 'strategic',
    'application/json-patch+json': 'json',
    'application/apply-patch+yaml': 'apply',
};
function patchTypeOf(contentType) {
    const ct = (contentType ?? '').split(';')[0].trim().toLowerCase();
    const t = PATCH_TYPES[ct];
    if (!t)
        throw unsupportedMediaType(ct || '(none)');
    return t;
}
const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
/** The apiserver's request semantics over the store: defaults, validation, generateName, subresources, patches, GC on delete. */
class ClusterApi {
    store;
    clock;
    random;
    clusterIP = 10;
    constructor(store, clock, random) {
        this.store = store;
        this.clock = clock;
        this.random = random;
    }
    now() {
        return this.clock.now();
    }
    randomSuffix(n = 5) {
        let s = '';
        for (let i = 0; i < n; i++)
            s += NAME_ALPHABET[Math.floor(this.random() * NAME_ALPHABET.length)];
        return s;
    }
    get(r, namespace, name) {
        const o = this.store.get(r, namespace, name);
        if (!o)
            throw notFound(r, name);
        return o;
    }
    list(r, namespace, opts = {}) {
        const labels = opts.labelSelector ? parseLabelSelector(opts.labelSelector) : [];
        const fields = opts.fieldSelector ? parseFieldSelector(opts.fieldSelector, r.kind) : [];
        return this.store
            .list(r, namespace)
            .filter((o) => matchesRequirements(o.metadata.labels, labels) && matchesFields(o, fields));
    }
    checkBody(r, body, namespace) {
        if (typeof body !== 'object' || body === null || Array.isArray(body)) {
            throw badRequest(`the body of the request was not a JSON object for a ${r.kind}`);
        }
        const o = body;
        if (o.kind !== undefined && o.kind !== r.kind) {
            throw badRequest(`the API version in the data (${o.apiVersion}) does not match the expected API version (${apiVersionOf(r)})`);
        }
        if (o.apiVersion !== undefined && o.apiVersion !== apiVersionOf(r)) {
            throw badRequest(`the API version in the data (${o.apiVersion}) does not match the expected API version (${apiVersionOf(r)})`);
        }
        o.metadata ??= {};
        if (typeof o.metadata !== 'object')
            throw badRequest('metadata must be an object');
        if (r.namespaced) {
            if (o.metadata.namespace && namespace && o.metadata.namespace !== namespace) {
                throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
            }
            o.metadata.namespace = namespace ?? o.metadata.namespace ?? 'default';
        }
        else
            delete o.metadata.namespace;
        o.apiVersion = apiVersionOf(r);
        o.kind = r.kind;
        return o;
    }
    /** Defaults, schema and semantic validation; throws 422/400 or records warnings. */
    admit(r, o, old, opts) {
        applyDefaults(o, { nextClusterIP: () => `10.96.0.${this.clusterIP++ % 250}` });
        const { causes, unknownFields } = validateSchema(r, o);
        causes.push(...validateSemantics(o, old));
        const name = o.metadata.name ?? o.metadata.generateName ?? '';
        if (causes.length)
            throw invalid(r, name, dedupe(causes));
        if (unknownFields.length) {
            const mode = opts.fieldValidation ?? 'Warn';
            if (mode === 'Strict') {
                throw badRequest(`${r.kind} in version "${r.version}" cannot be handled as a ${r.kind}: strict decoding error: ${unknownFields.map((f) => `unknown field "${f}"`).join(', ')}`);
            }
            if (mode === 'Warn')
                for (const f of unknownFields)
                    opts.warnings?.push(`unknown field "${f}"`);
        }
        if (r.namespaced && o.kind !== 'Namespace') {
            const nsType = resourceByKind('Namespace');
            if (!this.store.peek(nsType, undefined, o.metadata.namespace)) {
                throw notFound(nsType, o.metadata.namespace);
            }
        }
    }
    create(r, namespace, body, opts = {}) {
        const o = this.checkBody(r, structuredClone(body), namespace);
        if (!o.metadata.name && o.metadata.generateName) {
            const ns = r.namespaced ? o.metadata.namespace : undefined;
            for (let i = 0; i < 8; i++) {
                o.metadata.name = `${o.metadata.generateName}${this.randomSuffix()}`;
                if (!this.store.peek(r, ns, o.metadata.name))
                    break;
            }
        }
        delete o.metadata.resourceVersion;
        delete o.metadata.uid;
        delete o.metadata.deletionTimestamp;
        if (r.subresources.includes('status') && r.kind !== 'Node' && r.kind !== 'Namespace')
            delete o.status;
        this.admit(r, o, undefined, opts);
        if (opts.fieldManager)
            this.manage(r, o, opts.fieldManager, 'Update', o);
        if (opts.dryRun)
            return o;
        return this.store.create(r, o);
    }
    /** PUT of the main resource (status changes ignored) or of `/status` (only status changes kept). */
    update(r, namespace, name, body, opts = {}) {
        const o = this.checkBody(r, structuredClone(body), namespace);
        if (o.metadata.name && o.metadata.name !== name) {
            throw badRequest(`the name of the object (${o.metadata.name}) does not match the name on the URL (${name})`);
        }
        o.metadata.name = name;
        const current = this.store.get(r, r.namespaced ? o.metadata.namespace : undefined, name);
        if (!current)
            throw notFound(r, name);
        if (o.metadata.resourceVersion && o.metadata.resourceVersion !== current.metadata.resourceVersion) {
            throw conflict(r, name);
        }
        let next;
        if (opts.subresource === 'status') {
            next = { ...current, status: o.status };
            next.metadata = { ...current.metadata, resourceVersion: o.metadata.resourceVersion ?? '' };
        }
        else {
            next = o;
            if (r.subresources.includes('status') && r.kind !== 'Namespace')
                next.status = current.status;
            next.metadata.managedFields ??= current.metadata.managedFields;
        }
        this.admit(r, next, current, opts);
        if (opts.fieldManager)
            this.manage(r, next, opts.fieldManager, 'Update', next);
        if (opts.dryRun)
            return next;
        return this.store.update(r, next);
    }
    patch(r, namespace, name, type, body, opts = {}) {
        const ns = r.namespaced ? (namespace ?? 'default') : undefined;
        const current = this.store.get(r, ns, name);
        if (type === 'apply') {
            let applied;
            try {
                applied = (0,dist/* parse */.qg)(body);
            }
            catch (error) {
                throw badRequest(`error decoding YAML: ${error.message}`);
            }
            if (!opts.fieldManager) {
                throw new ApiError(422, 'Invalid', 'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch', {
                    causes: [
                        {
                            reason: 'FieldValueRequired',
                            message: 'Required value: is required for apply patch',
                            field: 'fieldManager',
                        },
                    ],
                });
            }
            const a = this.checkBody(r, applied, ns);
            if (a.metadata.name && a.metadata.name !== name) {
                throw badRequest(`the name of the object (${a.metadata.name}) does not match the name on the URL (${name})`);
            }
            a.metadata.name = name;
            if (!current) {
                this.manage(r, a, opts.fieldManager, 'Apply', applied);
                return this.create(r, ns, a, { ...opts, fieldManager: undefined });
            }
            if (a.metadata.resourceVersion && a.metadata.resourceVersion !== current.metadata.resourceVersion) {
                throw conflict(r, name);
            }
            const merged = strategicMergePatch(current, stripMeta(a), rootSchema(r));
            const previous = current.metadata.managedFields?.find((e) => e.manager === opts.fieldManager && e.operation === 'Apply');
            if (previous?.fieldsV1)
                removeDroppedFields(merged, previous.fieldsV1, fieldsV1(applied, rootSchema(r)));
            this.manage(r, merged, opts.fieldManager, 'Apply', applied);
            return this.writePatched(r, ns, name, current, merged, { ...opts, fieldManager: undefined });
        }
        if (!current)
            throw notFound(r, name);
        const base = opts.subresource === 'scale' ? this.scale(current) : current;
        let parsed;
        try {
            parsed = JSON.parse(body);
        }
        catch (error) {
            throw badRequest(`error decoding patch: ${error.message}`);
        }
        let next;
        switch (type) {
            case 'merge':
                next = mergePatch(base, parsed);
                break;
            case 'strategic':
                if (!r.strategicMerge)
                    throw unsupportedMediaType('application/strategic-merge-patch+json');
                next = strategicMergePatch(base, parsed, opts.subresource === 'scale' ? undefined : rootSchema(r));
                break;
            case 'json':
                next = jsonPatch(base, parsed);
                break;
        }
        if (typeof next !== 'object' || next === null)
            throw badRequest('the patch did not produce an object');
        const patched = next;
        if (opts.subresource === 'scale')
            return this.updateScale(r, ns, name, patched, opts);
        if (patched.metadata?.resourceVersion &&
            patched.metadata.resourceVersion !== current.metadata.resourceVersion) {
            throw conflict(r, name);
        }
        return this.writePatched(r, ns, name, current, patched, opts);
    }
    writePatched(r, ns, name, current, patched, opts) {
        patched.metadata ??= {};
        patched.metadata.resourceVersion = current.metadata.resourceVersion;
        return this.update(r, ns, name, patched, opts);
    }
    manage(r, o, manager, operation, applied) {
        const entries = (o.metadata.managedFields ?? []).filter((e) => !(e.manager === manager && e.operation === operation));
        entries.push({
            manager,
            operation,
            apiVersion: apiVersionOf(r),
            time: timestamp(this.clock.now()),
            fieldsType: 'FieldsV1',
            fieldsV1: fieldsV1(applied, rootSchema(r)),
        });
        o.metadata.managedFields = entries;
    }
    delete(r, namespace, name, opts = {}) {
        const ns = r.namespaced ? (namespace ?? 'default') : undefined;
        const current = this.store.get(r, ns, name);
        if (!current)
            throw notFound(r, name);
        const pre = opts.preconditions;
        if (pre?.uid && pre.uid !== current.metadata.uid) {
            throw new ApiError(409, 'Conflict', `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${current.metadata.uid}`, {
                name,
                group: r.group,
                kind: r.plural,
            });
        }
        if (pre?.resourceVersion && pre.resourceVersion !== current.metadata.resourceVersion) {
            throw new ApiError(409, 'Conflict', `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${current.metadata.resourceVersion}`, { name, group: r.group, kind: r.plural });
        }
        if (opts.dryRun)
            return current;
        if (opts.propagationPolicy === 'Orphan')
            this.orphan(current.metadata.uid);
        const gone = this.store.delete(r, ns, name);
        if (r.kind === 'Namespace') {
            for (const other of this.store.allResources()) {
                if (!other.namespaced)
                    continue;
                for (const o of this.store.peekAll(other, name))
                    this.store.delete(other, name, o.metadata.name);
            }
        }
        if (opts.propagationPolicy === 'Foreground')
            this.collectGarbage();
        return gone;
    }
    orphan(uid) {
        for (const r of this.store.allResources()) {
            for (const o of this.store.peekAll(r)) {
                const refs = o.metadata.ownerReferences ?? [];
                if (!refs.some((ref) => ref.uid === uid))
                    continue;
                const copy = structuredClone(o);
                copy.metadata.ownerReferences = refs.filter((ref) => ref.uid !== uid);
                if (!copy.metadata.ownerReferences.length)
                    delete copy.metadata.ownerReferences;
                this.store.update(r, copy);
            }
        }
    }
    /** Deletes objects whose every owner is gone (background propagation); repeats until stable. */
    collectGarbage() {
        let deleted = 0;
        for (let round = 0; round < 5; round++) {
            const uids = new Set();
            // events neither own nor are owned here; skipping them keeps this pass small
            const owners = this.store.allResources().filter((r) => r.kind !== 'Event');
            for (const r of owners)
                for (const o of this.store.peekAll(r))
                    uids.add(o.metadata.uid);
            let now = 0;
            for (const r of owners) {
                for (const o of this.store.peekAll(r)) {
                    const refs = o.metadata.ownerReferences;
                    if (refs?.length && refs.every((ref) => !uids.has(ref.uid))) {
                        this.store.delete(r, o.metadata.namespace, o.metadata.name);
                        now++;
                    }
                }
            }
            deleted += now;
            if (!now)
                break;
        }
        return deleted;
    }
    /** autoscaling/v1 Scale of a Deployment or ReplicaSet. */
    scale(o) {
        const sel = o.spec?.selector?.matchLabels ?? {};
        return {
            kind: 'Scale',
            apiVersion: 'autoscaling/v1',
            metadata: {
                name: o.metadata.name,
                namespace: o.metadata.namespace,
                uid: o.metadata.uid,
                resourceVersion: o.metadata.resourceVersion,
                creationTimestamp: o.metadata.creationTimestamp,
            },
            spec: { replicas: o.spec?.replicas ?? 0 },
            status: {
                replicas: o.status?.replicas ?? 0,
                selector: Object.entries(sel)
                    .map(([k, v]) => `${k}=${v}`)
                    .join(','),
            },
        };
    }
    updateScale(r, namespace, name, scale, opts) {
        const s = scale;
        const current = this.get(r, namespace, name);
        if (s.metadata?.resourceVersion && s.metadata.resourceVersion !== current.metadata.resourceVersion) {
            throw conflict(r, name);
        }
        const replicas = s.spec?.replicas;
        if (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas < 0) {
            throw new ApiError(422, 'Invalid', `Scale.autoscaling "${name}" is invalid: spec.replicas: Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0`, {
                name,
                group: 'autoscaling',
                kind: 'Scale',
                causes: [
                    {
                        reason: 'FieldValueInvalid',
                        message: `Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0`,
                        field: 'spec.replicas',
                    },
                ],
            });
        }
        if (current.spec.replicas === replicas)
            return this.scale(current);
        current.spec.replicas = replicas;
        return this.scale(this.update(r, namespace, name, current, opts));
    }
}
function stripMeta(a) {
    const copy = structuredClone(a);
    delete copy.metadata.resourceVersion;
    delete copy.metadata.managedFields;
    return copy;
}
function dedupe(xs) {
    const out = [];
    for (const x of xs)
        if (!out.some((y) => (0,external_node_util_.isDeepStrictEqual)(x, y)))
            out.push(x);
    return out;
}

// EXTERNAL MODULE: ./lib/sim/config.js
var sim_config = __webpack_require__(12521);
;// CONCATENATED MODULE: ./lib/sim/replicaset-controller.js

const RS = resourceByKind('ReplicaSet');
const POD = resourceByKind('Pod');
const SOURCE = { component: 'replicaset-controller' };
function controllerOf(o) {
    return o.metadata.ownerReferences?.find((r) => r.controller)?.uid;
}
function podReady(pod) {
    return (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}
function readySince(pod) {
    const c = (pod.status?.conditions ?? []).find((x) => x.type === 'Ready' && x.status === 'True');
    return c?.lastTransitionTime ? Date.parse(c.lastTransitionTime) : undefined;
}
function podAvailable(pod, minReadySeconds, now) {
    const since = readySince(pod);
    return since !== undefined && (minReadySeconds <= 0 || now - since >= minReadySeconds * 1000);
}
function activePod(p) {
    return !p.metadata.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';
}
/** Rank for scale-down: unscheduled, pending, not ready, fewer restarts... go first (as controller.ActivePods). */
function deletionRank(p) {
    const phaseRank = p.status?.phase === 'Pending' ? 0 : p.status?.phase === 'Running' ? 2 : 1;
    const restarts = (p.status?.containerStatuses ?? []).reduce((a, c) => a + (c.restartCount ?? 0), 0);
    return [
        p.spec?.nodeName ? 1 : 0,
        phaseRank,
        podReady(p) ? 1 : 0,
        -restarts,
        -Date.parse(p.metadata.creationTimestamp ?? '0'),
    ];
}
/** Keeps each ReplicaSet's pod count at spec.replicas and writes its status. */
function reconcileReplicaSets(api, clock, events) {
    const store = api.store;
    const pods = store.peekAll(POD);
    for (const rs of store.peekAll(RS)) {
        const uid = rs.metadata.uid;
        const ns = rs.metadata.namespace;
        let owned = pods.filter((p) => p.metadata.namespace === ns && controllerOf(p) === uid && activePod(p));
        const want = rs.spec?.replicas ?? 1;
        if (owned.length < want) {
            const template = rs.spec.template ?? {};
            for (let i = owned.length; i < want; i++) {
                const pod = api.create(POD, ns, {
                    metadata: {
                        generateName: `${rs.metadata.name}-`,
                        namespace: ns,
                        labels: { ...(template.metadata?.labels ?? {}) },
                        ...(template.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
                        ownerReferences: [
                            {
                                apiVersion: 'apps/v1',
                                kind: 'ReplicaSet',
                                name: rs.metadata.name,
                                uid,
                                controller: true,
                                blockOwnerDeletion: true,
                            },
                        ],
                    },
                    spec: structuredClone(template.spec ?? {}),
                });
                events.record(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`, SOURCE);
            }
        }
        else if (owned.length > want) {
            const victims = [...owned]
                .sort((a, b) => {
                const ra = deletionRank(a);
                const rb = deletionRank(b);
                for (let i = 0; i < ra.length; i++)
                    if (ra[i] !== rb[i])
                        return ra[i] - rb[i];
                return 0;
            })
                .slice(0, owned.length - want);
            for (const v of victims) {
                api.delete(POD, ns, v.metadata.name);
                events.record(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${v.metadata.name}`, SOURCE);
            }
        }
        owned = store.peekAll(POD, ns).filter((p) => controllerOf(p) === uid && activePod(p));
        const minReady = rs.spec?.minReadySeconds ?? 0;
        const selectorLabels = (rs.spec?.selector?.matchLabels ?? {});
        const status = {
            replicas: owned.length,
            fullyLabeledReplicas: owned.filter((p) => Object.entries(selectorLabels).every(([k, v]) => p.metadata.labels?.[k] === v)).length,
            readyReplicas: owned.filter(podReady).length,
            availableReplicas: owned.filter((p) => podAvailable(p, minReady, clock.now())).length,
            observedGeneration: rs.metadata.generation ?? 1,
        };
        const current = store.peek(RS, ns, rs.metadata.name);
        if (!current)
            continue;
        const next = { ...current, status: { ...(current.status ?? {}), ...status } };
        for (const k of ['readyReplicas', 'availableReplicas', 'fullyLabeledReplicas']) {
            if (!next.status[k])
                delete next.status[k];
        }
        store.update(RS, next);
    }
}

;// CONCATENATED MODULE: ./lib/sim/deployment-controller.js



const deployment_controller_RS = resourceByKind('ReplicaSet');
const DEPLOY = resourceByKind('Deployment');
const deployment_controller_POD = resourceByKind('Pod');
const deployment_controller_SOURCE = { component: 'deployment-controller' };
const REVISION = 'deployment.kubernetes.io/revision';
const TEMPLATE_HASH = 'pod-template-hash';
const SAFE = 'bcdfghjklmnpqrstvwxz2456789';
function canonical(v) {
    if (Array.isArray(v))
        return `[${v.map(canonical).join(',')}]`;
    if (v && typeof v === 'object') {
        return `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(v);
}
/**
 * A template as Go's semantic equality sees it: nulls, empty maps and empty lists are the same as
 * absent (kubectl round-trips add `creationTimestamp: null`).
 */
function semantic(v) {
    if (Array.isArray(v)) {
        const items = v.map(semantic);
        return items.length ? items : undefined;
    }
    if (v && typeof v === 'object') {
        const out = {};
        for (const [k, x] of Object.entries(v)) {
            const n = semantic(x);
            if (n !== undefined)
                out[k] = n;
        }
        return Object.keys(out).length ? out : undefined;
    }
    return v === null ? undefined : v;
}
function withoutHash(template) {
    const t = structuredClone(template ?? {});
    if (t.metadata?.labels)
        delete t.metadata.labels[TEMPLATE_HASH];
    return t;
}
/** pod-template-hash: fnv-32a of the template, rendered with the controller's safe alphabet. */
function templateHash(template, collisionCount = 0) {
    let h = 0x811c9dc5;
    const text = canonical(template) + (collisionCount ? String(collisionCount) : '');
    for (const byte of Buffer.from(text, 'utf8')) {
        h ^= byte;
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return [...String(h)].map((c) => SAFE[c.charCodeAt(0) % SAFE.length]).join('');
}
/** maxSurge (rounded up) and maxUnavailable (rounded down) as pod counts. */
function resolveFenceposts(spec) {
    const replicas = spec?.replicas ?? 1;
    if (spec?.strategy?.type === 'Recreate')
        return { maxSurge: 0, maxUnavailable: replicas };
    const ru = spec?.strategy?.rollingUpdate ?? {};
    const value = (v, dflt, up) => {
        const x = v ?? dflt;
        if (typeof x === 'number')
            return x;
        const m = /^(\d+)%$/.exec(String(x));
        if (!m)
            return Number(x) || 0;
        const f = (Number(m[1]) * replicas) / 100;
        return up ? Math.ceil(f) : Math.floor(f);
    };
    const maxSurge = value(ru.maxSurge, '25%', true);
    let maxUnavailable = value(ru.maxUnavailable, '25%', false);
    if (maxSurge === 0 && maxUnavailable === 0)
        maxUnavailable = 1;
    return { maxSurge, maxUnavailable };
}
function revisionOf(rs) {
    return Number(rs.metadata.annotations?.[REVISION] ?? 0);
}
function setCondition(conds, c, now) {
    const old = conds.find((x) => x.type === c.type);
    const next = {
        ...c,
        lastUpdateTime: now,
        lastTransitionTime: old && old.status === c.status ? (old.lastTransitionTime ?? now) : now,
    };
    if (old && old.status === c.status && old.reason === c.reason && old.message === c.message) {
        next.lastUpdateTime = old.lastUpdateTime ?? now;
    }
    return [...conds.filter((x) => x.type !== c.type), next].sort((a, b) => order(a.type) - order(b.type));
}
function order(type) {
    return type === 'Available' ? 0 : type === 'Progressing' ? 1 : 2;
}
/** Deployment → ReplicaSets: new RS per template, RollingUpdate/Recreate scaling, history cleanup, status. */
function reconcileDeployments(api, clock, events) {
    const store = api.store;
    for (const d of store.peekAll(DEPLOY)) {
        const dep = structuredClone(d);
        const ns = dep.metadata.namespace;
        const uid = dep.metadata.uid;
        const replicas = dep.spec?.replicas ?? 1;
        const owned = () => store.peekAll(deployment_controller_RS, ns).filter((rs) => controllerOf(rs) === uid);
        const hash = templateHash(semantic(dep.spec.template), dep.status?.collisionCount ?? 0);
        let rsList = owned();
        const maxRevision = rsList.reduce((m, rs) => Math.max(m, revisionOf(rs)), 0);
        const wanted = canonical(semantic(dep.spec.template));
        let newRS = rsList.find((rs) => canonical(semantic(withoutHash(rs.spec?.template))) === wanted);
        let createdName;
        const scale = (rs, to) => {
            const from = rs.spec?.replicas ?? 0;
            if (from === to)
                return;
            const copy = structuredClone(store.peek(deployment_controller_RS, ns, rs.metadata.name));
            copy.spec.replicas = to;
            copy.metadata.annotations = {
                ...copy.metadata.annotations,
                'deployment.kubernetes.io/desired-replicas': String(replicas),
                'deployment.kubernetes.io/max-replicas': String(replicas + resolveFenceposts(dep.spec).maxSurge),
            };
            store.update(deployment_controller_RS, copy);
            events.record(dep, 'Normal', 'ScalingReplicaSet', `Scaled ${to > from ? 'up' : 'down'} replica set ${rs.metadata.name} from ${from} to ${to}`, deployment_controller_SOURCE);
        };
        if (dep.spec?.paused) {
            writeStatus(api, clock, dep, newRS, owned(), false);
            continue;
        }
        const { maxSurge, maxUnavailable } = resolveFenceposts(dep.spec);
        if (!newRS) {
            const template = structuredClone(dep.spec.template ?? {});
            template.metadata ??= {};
            template.metadata.labels = { ...template.metadata.labels, [TEMPLATE_HASH]: hash };
            const selector = structuredClone(dep.spec.selector ?? {});
            selector.matchLabels = { ...selector.matchLabels, [TEMPLATE_HASH]: hash };
            newRS = api.store.create(deployment_controller_RS, {
                metadata: {
                    name: `${dep.metadata.name}-${hash}`,
                    namespace: ns,
                    labels: { ...template.metadata.labels },
                    annotations: {
                        [REVISION]: String(maxRevision + 1),
                        'deployment.kubernetes.io/desired-replicas': String(replicas),
                        'deployment.kubernetes.io/max-replicas': String(replicas + maxSurge),
                    },
                    ownerReferences: [
                        {
                            apiVersion: 'apps/v1',
                            kind: 'Deployment',
                            name: dep.metadata.name,
                            uid,
                            controller: true,
                            blockOwnerDeletion: true,
                        },
                    ],
                },
                spec: { replicas: 0, minReadySeconds: dep.spec.minReadySeconds ?? 0, selector, template },
            });
            createdName = newRS.metadata.name;
            rsList = owned();
        }
        else if (revisionOf(newRS) < maxRevision) {
            const copy = structuredClone(newRS);
            const old = revisionOf(newRS);
            copy.metadata.annotations = {
                ...copy.metadata.annotations,
                [REVISION]: String(maxRevision + 1),
                'deployment.kubernetes.io/revision-history': [
                    copy.metadata.annotations?.['deployment.kubernetes.io/revision-history'],
                    String(old),
                ]
                    .filter(Boolean)
                    .join(','),
            };
            newRS = store.update(deployment_controller_RS, copy);
            rsList = owned();
        }
        const oldRSs = rsList.filter((rs) => rs.metadata.uid !== newRS.metadata.uid);
        const specOf = (rs) => rs.spec?.replicas ?? 0;
        const availOf = (rs) => rs.status?.availableReplicas ?? 0;
        if (dep.spec.strategy?.type === 'Recreate') {
            for (const rs of oldRSs)
                if (specOf(rs) > 0)
                    scale(rs, 0);
            const oldPods = store
                .peekAll(deployment_controller_POD, ns)
                .filter((p) => oldRSs.some((rs) => controllerOf(p) === rs.metadata.uid));
            if (oldPods.length === 0)
                scale(newRS, replicas);
        }
        else {
            // scale up the new ReplicaSet within maxSurge
            const cur = store.peek(deployment_controller_RS, ns, newRS.metadata.name);
            if (specOf(cur) > replicas)
                scale(cur, replicas);
            else if (specOf(cur) < replicas) {
                const total = owned().reduce((a, rs) => a + specOf(rs), 0);
                const room = replicas + maxSurge - total;
                if (room > 0)
                    scale(cur, Math.min(specOf(cur) + room, replicas));
            }
            // scale down old ReplicaSets within maxUnavailable
            const all = owned();
            const nrs = all.find((rs) => rs.metadata.uid === newRS.metadata.uid);
            const olds = all.filter((rs) => rs.metadata.uid !== newRS.metadata.uid && specOf(rs) > 0);
            const allPods = all.reduce((a, rs) => a + specOf(rs), 0);
            const minAvailable = replicas - maxUnavailable;
            const newUnavailable = Math.max(0, specOf(nrs) - availOf(nrs));
            let maxScaledDown = allPods - minAvailable - newUnavailable;
            if (maxScaledDown > 0 && olds.length) {
                // first drop old replicas that are not available anyway, oldest first
                for (const rs of olds.sort((a, b) => revisionOf(a) - revisionOf(b))) {
                    if (maxScaledDown <= 0)
                        break;
                    const unhealthy = specOf(rs) - availOf(rs);
                    if (unhealthy <= 0)
                        continue;
                    const by = Math.min(unhealthy, maxScaledDown);
                    scale(rs, specOf(rs) - by);
                    maxScaledDown -= by;
                }
                const after = owned();
                const availableAll = after.reduce((a, rs) => a + availOf(rs), 0);
                let scaleDown = Math.min(availableAll - minAvailable, maxScaledDown);
                for (const rs of after
                    .filter((x) => x.metadata.uid !== newRS.metadata.uid && specOf(x) > 0)
                    .sort((a, b) => revisionOf(a) - revisionOf(b))) {
                    if (scaleDown <= 0)
                        break;
                    const by = Math.min(specOf(rs), scaleDown);
                    scale(rs, specOf(rs) - by);
                    scaleDown -= by;
                }
            }
        }
        // history cleanup
        const limit = dep.spec.revisionHistoryLimit ?? 10;
        const idle = owned()
            .filter((rs) => rs.metadata.uid !== newRS.metadata.uid && specOf(rs) === 0 && !(rs.status?.replicas > 0))
            .sort((a, b) => revisionOf(a) - revisionOf(b));
        for (const rs of idle.slice(0, Math.max(0, idle.length - limit)))
            api.delete(deployment_controller_RS, ns, rs.metadata.name);
        writeStatus(api, clock, dep, store.peek(deployment_controller_RS, ns, newRS.metadata.name), owned(), createdName !== undefined);
    }
}
function writeStatus(api, clock, dep, newRS, all, created) {
    const store = api.store;
    const current = store.peek(DEPLOY, dep.metadata.namespace, dep.metadata.name);
    if (!current)
        return;
    const replicas = dep.spec?.replicas ?? 1;
    const sum = (f) => all.reduce((a, rs) => a + (f(rs) ?? 0), 0);
    const status = {
        observedGeneration: dep.metadata.generation ?? 1,
        replicas: sum((rs) => rs.status?.replicas),
        updatedReplicas: newRS?.status?.replicas ?? 0,
        readyReplicas: sum((rs) => rs.status?.readyReplicas),
        availableReplicas: sum((rs) => rs.status?.availableReplicas),
    };
    const unavailable = Math.max(0, replicas - status.availableReplicas);
    const now = clock.now();
    const ts = timestamp(now);
    const { maxUnavailable } = resolveFenceposts(dep.spec);
    let conds = (current.status?.conditions ?? []);
    conds = setCondition(conds, status.availableReplicas >= replicas - maxUnavailable
        ? {
            type: 'Available',
            status: 'True',
            reason: 'MinimumReplicasAvailable',
            message: 'Deployment has minimum availability.',
        }
        : {
            type: 'Available',
            status: 'False',
            reason: 'MinimumReplicasUnavailable',
            message: 'Deployment does not have minimum availability.',
        }, ts);
    const rsName = newRS?.metadata.name ?? dep.metadata.name;
    const prev = current.status ?? {};
    const complete = status.updatedReplicas === replicas &&
        status.availableReplicas === replicas &&
        status.replicas === replicas &&
        !!newRS;
    const progressed = status.updatedReplicas !== (prev.updatedReplicas ?? 0) ||
        status.availableReplicas !== (prev.availableReplicas ?? 0) ||
        status.readyReplicas !== (prev.readyReplicas ?? 0) ||
        status.replicas !== (prev.replicas ?? 0) ||
        status.observedGeneration !== prev.observedGeneration;
    const old = conds.find((c) => c.type === 'Progressing');
    if (dep.spec?.paused) {
        conds = setCondition(conds, { type: 'Progressing', status: 'Unknown', reason: 'DeploymentPaused', message: 'Deployment is paused' }, ts);
    }
    else if (complete) {
        conds = setCondition(conds, {
            type: 'Progressing',
            status: 'True',
            reason: 'NewReplicaSetAvailable',
            message: `ReplicaSet "${rsName}" has successfully progressed.`,
        }, ts);
    }
    else if (created) {
        conds = setCondition(conds, {
            type: 'Progressing',
            status: 'True',
            reason: 'NewReplicaSetCreated',
            message: `Created new replica set "${rsName}"`,
        }, ts);
    }
    else if (progressed || !old || old.reason === 'NewReplicaSetAvailable') {
        const c = {
            type: 'Progressing',
            status: 'True',
            reason: 'ReplicaSetUpdated',
            message: `ReplicaSet "${rsName}" is progressing.`,
        };
        conds = setCondition(conds, c, ts);
        const p = conds.find((x) => x.type === 'Progressing');
        p.lastUpdateTime = ts;
    }
    else if (old.reason !== 'ProgressDeadlineExceeded') {
        const deadline = (dep.spec?.progressDeadlineSeconds ?? 600) * 1000;
        if (old.lastUpdateTime && now - Date.parse(old.lastUpdateTime) > deadline) {
            conds = setCondition(conds, {
                type: 'Progressing',
                status: 'False',
                reason: 'ProgressDeadlineExceeded',
                message: `ReplicaSet "${rsName}" has timed out progressing.`,
            }, ts);
        }
    }
    const next = { ...current };
    const revision = newRS?.metadata.annotations?.[REVISION];
    if (revision && current.metadata.annotations?.[REVISION] !== revision) {
        next.metadata = {
            ...current.metadata,
            annotations: { ...current.metadata.annotations, [REVISION]: revision },
        };
    }
    next.status = {
        ...status,
        ...(unavailable ? { unavailableReplicas: unavailable } : {}),
        conditions: conds,
        ...(prev.collisionCount ? { collisionCount: prev.collisionCount } : {}),
    };
    for (const k of ['readyReplicas', 'availableReplicas', 'updatedReplicas', 'replicas']) {
        if (!next.status[k])
            delete next.status[k];
    }
    store.update(DEPLOY, next);
}

;// CONCATENATED MODULE: ./lib/sim/events.js


const EVENT = resourceByKind('Event');
/** Records a core/v1 Event like client-go's recorder: repeats of the same reason and message bump `count`. */
class EventRecorder {
    store;
    clock;
    seq = 0;
    /** Dedup key → event name, like client-go's event correlator. */
    recent = new Map();
    constructor(store, clock) {
        this.store = store;
        this.clock = clock;
    }
    record(about, type, reason, message, source, fieldPath) {
        const kind = about.kind ?? 'Pod';
        const ns = about.metadata.namespace ?? 'default';
        const now = this.clock.now();
        const key = `${about.metadata.uid}\u0000${reason}\u0000${message}\u0000${fieldPath ?? ''}`;
        const ref = this.recent.get(key);
        const existing = ref ? this.store.peek(EVENT, ref.namespace, ref.name) : undefined;
        if (existing) {
            const copy = structuredClone(existing);
            copy.count = (copy.count ?? 1) + 1;
            copy.lastTimestamp = timestamp(now);
            delete copy.metadata.resourceVersion;
            this.store.update(EVENT, copy);
            return;
        }
        const r = resourceByKind(kind);
        if (this.recent.size > 50_000)
            this.recent.clear();
        const name = `${about.metadata.name}.${(now * 1000 + this.seq++).toString(16)}`;
        this.recent.set(key, { namespace: ns, name });
        this.store.create(EVENT, {
            metadata: {
                name,
                namespace: ns,
            },
            involvedObject: {
                kind,
                namespace: ns,
                name: about.metadata.name,
                uid: about.metadata.uid,
                apiVersion: r ? apiVersionOf(r) : 'v1',
                resourceVersion: about.metadata.resourceVersion,
                ...(fieldPath ? { fieldPath } : {}),
            },
            reason,
            message,
            source,
            firstTimestamp: timestamp(now),
            lastTimestamp: timestamp(now),
            count: 1,
            type,
            eventTime: null,
            reportingComponent: source.component,
            reportingInstance: source.host ?? '',
        });
    }
}

;// CONCATENATED MODULE: ./lib/sim/gateway-controller.js


const ROUTE = resourceByKind('HTTPRoute');
const SVC = resourceByKind('Service');
const GATEWAY_CONTROLLER = 'sim.model-deploy.io/gateway-controller';
/** Accepts every HTTPRoute for each parentRef and reports ResolvedRefs (BackendNotFound for a missing Service). */
function reconcileHttpRoutes(store, clock) {
    for (const route of store.peekAll(ROUTE)) {
        const ns = route.metadata.namespace;
        const generation = route.metadata.generation ?? 1;
        const refs = (route.spec?.rules ?? []).flatMap((r) => r.backendRefs ?? []);
        const missing = refs.filter((b) => (b.kind ?? 'Service') === 'Service' && !store.peek(SVC, b.namespace ?? ns, b.name));
        const previous = route.status?.parents ?? [];
        const now = timestamp(clock.now());
        const parents = (route.spec?.parentRefs ?? []).map((parentRef, i) => {
            const old = previous[i]?.conditions ?? [];
            const cond = (c) => {
                const before = old.find((x) => x.type === c.type);
                return {
                    ...c,
                    observedGeneration: generation,
                    lastTransitionTime: before && before.status === c.status && before.reason === c.reason
                        ? (before.lastTransitionTime ?? now)
                        : now,
                };
            };
            return {
                parentRef,
                controllerName: GATEWAY_CONTROLLER,
                conditions: [
                    cond({ type: 'Accepted', status: 'True', reason: 'Accepted', message: 'Route is accepted' }),
                    missing.length
                        ? cond({
                            type: 'ResolvedRefs',
                            status: 'False',
                            reason: 'BackendNotFound',
                            message: `backend Service not found: ${missing.map((m) => `${m.namespace ?? ns}/${m.name}`).join(', ')}`,
                        })
                        : cond({
                            type: 'ResolvedRefs',
                            status: 'True',
                            reason: 'ResolvedRefs',
                            message: 'All references resolved',
                        }),
                ],
            };
        });
        store.update(ROUTE, { ...route, status: { parents } });
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/sim/images.js


/** Splits `host:5000/team/model:v1@sha256:...` into repository path (without host), tag and digest. */
function parseImageRef(image) {
    let rest = image;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    const slash = rest.indexOf('/');
    if (slash > 0) {
        const first = rest.slice(0, slash);
        if (first.includes('.') || first.includes(':') || first === 'localhost')
            rest = rest.slice(slash + 1);
    }
    if (!tag && !digest)
        tag = 'latest';
    return { repository: rest, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
/**
 * Answers "does this image exist" for the kubelets: in the configured registry (distribution API
 * HEAD of the manifest), in an OCI image layout (index.json ref names / digests), or always yes
 * when neither is configured. Answers are cached; a pending lookup resolves on a later tick.
 */
class ImageCatalog {
    options;
    now;
    cache = new Map();
    constructor(options, now) {
        this.options = options;
        this.now = now;
    }
    state(image) {
        if (!this.options.registry && !this.options.ociLayout)
            return 'present';
        const hit = this.cache.get(image);
        const recheck = this.options.recheckMs ?? 5_000;
        if (hit && (hit.state === 'present' || hit.state === 'pending' || this.now() - hit.at < recheck))
            return hit.state;
        this.cache.set(image, { state: 'pending', at: this.now() });
        this.lookup(image).then((found) => this.cache.set(image, { state: found ? 'present' : 'absent', at: this.now() }), () => this.cache.set(image, { state: 'absent', at: this.now() }));
        return hit?.state ?? 'pending';
    }
    async lookup(image) {
        const ref = parseImageRef(image);
        if (this.options.ociLayout && (await this.inLayout(ref)))
            return true;
        if (this.options.registry && (await this.inRegistry(ref)))
            return true;
        return false;
    }
    async inLayout(ref) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(this.options.ociLayout, 'index.json'), 'utf8').catch(() => '{}');
        const index = JSON.parse(text);
        return (index.manifests ?? []).some((m) => {
            if (ref.digest)
                return m.digest === ref.digest;
            const name = m.annotations?.['org.opencontainers.image.ref.name'];
            return (name === ref.tag ||
                name === `${ref.repository}:${ref.tag}` ||
                name?.endsWith(`/${ref.repository}:${ref.tag}`));
        });
    }
    async inRegistry(ref) {
        const base = this.options.registry.replace(/\/+$/, '');
        const res = await fetch(`${base}/v2/${ref.repository}/manifests/${ref.digest ?? ref.tag}`, {
            method: 'HEAD',
            headers: {
                Accept: [
                    'application/vnd.oci.image.index.v1+json',
                    'application/vnd.oci.image.manifest.v1+json',
                    'application/vnd.docker.distribution.manifest.v2+json',
                    'application/vnd.docker.distribution.manifest.list.v2+json',
                ].join(', '),
            },
            signal: AbortSignal.timeout(5_000),
        });
        return res.ok;
    }
}

;// CONCATENATED MODULE: ./lib/sim/kserve-controller.js




const ISVC = resourceByKind('InferenceService');
const kserve_controller_DEPLOY = resourceByKind('Deployment');
/** Label on every predictor Deployment and pod: the InferenceService's name. */
const ISVC_LABEL = 'serving.kserve.io/inferenceservice';
/** Label on every predictor Deployment and pod: the Knative revision (`<isvc>-predictor-00001`). */
const REVISION_LABEL = 'serving.knative.dev/revision';
/** Label on every predictor Deployment and pod: the revision's number. */
const GENERATION_LABEL = 'serving.knative.dev/configurationGeneration';
/** Annotation on a revision's Deployment: hash of the template it was created from. */
const TEMPLATE_HASH_ANNOTATION = 'sim.model-deploy.io/template-hash';
const MIN_SCALE_ANNOTATION = 'autoscaling.knative.dev/min-scale';
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
const MODEL_CONTAINER = 'kserve-container';
/** Predictor fields that are PodSpec fields (KServe inlines the PodSpec in the predictor). */
const POD_SPEC_FIELDS = [
    'affinity',
    'imagePullSecrets',
    'initContainers',
    'nodeSelector',
    'priorityClassName',
    'runtimeClassName',
    'schedulerName',
    'securityContext',
    'serviceAccountName',
    'terminationGracePeriodSeconds',
    'tolerations',
    'volumes',
];
/**
 * Where an InferenceService's requests go: its status traffic, percents summed per revision, each
 * with the ready pods of that revision.
 */
function predictorTraffic(isvc, pods) {
    const targets = isvc.status?.components?.predictor?.traffic ?? [];
    const percents = new Map();
    for (const t of targets)
        percents.set(t.revisionName, (percents.get(t.revisionName) ?? 0) + t.percent);
    return [...percents].map(([revisionName, percent]) => ({
        revisionName,
        percent,
        pods: pods.filter((p) => p.metadata.namespace === isvc.metadata.namespace &&
            p.metadata.labels?.[ISVC_LABEL] === isvc.metadata.name &&
            p.metadata.labels?.[REVISION_LABEL] === revisionName &&
            !p.metadata.deletionTimestamp &&
            podReady(p)),
    }));
}
/** What makes a new revision: the predictor without canaryTrafficPercent, and the ISVC's labels and annotations. */
function revisionTemplate(isvc) {
    const { canaryTrafficPercent: _, ...predictor } = isvc.spec?.predictor ?? {};
    const annotations = { ...isvc.metadata.annotations };
    delete annotations[LAST_APPLIED];
    return semantic({ predictor, labels: isvc.metadata.labels, annotations });
}
function minReplicas(predictor) {
    const n = predictor?.minReplicas;
    return Number.isInteger(n) && n >= 0 ? n : 1;
}
function modelContainer(model) {
    const { modelFormat, storageUri, runtime: _r, protocolVersion: _p, ...container } = model;
    const uri = typeof storageUri === 'string' ? storageUri : '';
    const format = modelFormat?.name ?? 'model';
    return {
        ports: [{ containerPort: 8080, protocol: 'TCP' }],
        ...container,
        name: MODEL_CONTAINER,
        image: uri.startsWith('oci://') ? uri.slice('oci://'.length) : `kserve/${format}-server:sim`,
    };
}
/** Knative lets a probe leave out its port and fills in the container's one (the queue-proxy probes it). */
function defaultProbePorts(c) {
    const port = c.ports?.[0]?.containerPort ?? 8080;
    const out = { ...c };
    for (const k of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
        const probe = out[k];
        if (probe?.httpGet && probe.httpGet.port === undefined)
            out[k] = { ...probe, httpGet: { ...probe.httpGet, port } };
        if (probe?.tcpSocket && probe.tcpSocket.port === undefined)
            out[k] = { ...probe, tcpSocket: { ...probe.tcpSocket, port } };
    }
    return out;
}
function kserve_controller_podSpec(predictor) {
    const containers = Array.isArray(predictor?.containers)
        ? predictor.containers
        : predictor?.model && typeof predictor.model === 'object'
            ? [modelContainer(predictor.model)]
            : undefined;
    if (!containers?.length)
        return undefined;
    const spec = { containers: structuredClone(containers).map(defaultProbePorts) };
    for (const k of POD_SPEC_FIELDS)
        if (predictor[k] !== undefined)
            spec[k] = structuredClone(predictor[k]);
    return spec;
}
function revisionDeployment(isvc, n, hash, spec) {
    const name = isvc.metadata.name;
    const revision = `${name}-predictor-${String(n).padStart(5, '0')}`;
    const predictor = isvc.spec.predictor;
    const labels = {
        ...isvc.metadata.labels,
        ...predictor.labels,
        [ISVC_LABEL]: name,
        [REVISION_LABEL]: revision,
        [GENERATION_LABEL]: String(n),
        component: 'predictor',
    };
    const deployment = {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: {
            name: `${revision}-deployment`,
            namespace: isvc.metadata.namespace,
            labels,
            annotations: {
                [TEMPLATE_HASH_ANNOTATION]: hash,
                [MIN_SCALE_ANNOTATION]: String(minReplicas(predictor)),
            },
            ownerReferences: [
                {
                    apiVersion: 'serving.kserve.io/v1beta1',
                    kind: 'InferenceService',
                    name,
                    uid: isvc.metadata.uid,
                    controller: true,
                    blockOwnerDeletion: true,
                },
            ],
        },
        spec: {
            replicas: Math.max(1, minReplicas(predictor)),
            selector: { matchLabels: { [REVISION_LABEL]: revision } },
            template: {
                metadata: { labels, ...(predictor.annotations ? { annotations: { ...predictor.annotations } } : {}) },
                spec,
            },
        },
    };
    applyDefaults(deployment, { nextClusterIP: () => '' });
    return deployment;
}
const generationOf = (d) => Number(d.metadata.labels?.[GENERATION_LABEL] ?? 0);
const kserve_controller_revisionOf = (d) => d.metadata.labels?.[REVISION_LABEL] ?? '';
/** Pods a revision runs while routable (Knative min-scale; the sim has no scale-to-zero). */
const wantedPods = (d) => Math.max(1, Number(d.metadata.annotations?.[MIN_SCALE_ANNOTATION] ?? 1));
const readyPods = (d) => d.status?.readyReplicas ?? 0;
const isReady = (d) => readyPods(d) >= wantedPods(d);
const notReady = (d) => `revision ${kserve_controller_revisionOf(d)} is not ready: ${readyPods(d)}/${wantedPods(d)} pods ready`;
function condition(type, ok, reason, message) {
    return ok ? { type, status: 'True' } : { type, status: 'False', reason, message };
}
/** KServe's ksvc traffic: canaryTrafficPercent to the latest ready revision, the rest to the last rolled-out one. */
function routeTraffic(prev, ready, canary) {
    if (!ready)
        return [];
    const rolledOut = prev.latestRolledoutRevision ?? '';
    const last = rolledOut === ready && canary !== undefined && canary < 100
        ? (prev.previousRolledoutRevision ?? '')
        : rolledOut;
    if (canary === undefined || !last)
        return [{ latestRevision: true, percent: 100, revisionName: ready }];
    return [
        { latestRevision: true, percent: canary, revisionName: ready, tag: 'latest' },
        ...(canary < 100
            ? [{ latestRevision: false, percent: 100 - canary, revisionName: last, tag: 'prev' }]
            : []),
    ];
}
/** KServe's PropagateStatus: which revisions count as rolled out after this traffic. */
function rolledOut(prev, traffic, ready, created) {
    let latest = prev.latestRolledoutRevision ?? '';
    let previous = prev.previousRolledoutRevision ?? '';
    const total = (name) => traffic.filter((t) => t.revisionName === name).reduce((a, t) => a + t.percent, 0);
    for (const t of traffic) {
        if (!t.latestRevision || t.revisionName !== ready)
            continue;
        if (latest !== ready) {
            if (t.percent === 100) {
                previous = latest;
                latest = ready;
            }
        }
        else if (ready === created && t.percent < 100 && total(t.revisionName) === 100 && previous) {
            latest = previous;
        }
    }
    return { latest, previous };
}
function reconcile(store, isvc) {
    const ns = isvc.metadata.namespace;
    const name = isvc.metadata.name;
    const predictor = isvc.spec?.predictor ?? {};
    const prev = isvc.status?.components?.predictor ?? {};
    const revisions = store
        .peekAll(kserve_controller_DEPLOY, ns)
        .filter((d) => d.metadata.labels?.[ISVC_LABEL] === name &&
        d.metadata.ownerReferences?.some((r) => r.controller && r.uid === isvc.metadata.uid))
        .sort((a, b) => generationOf(a) - generationOf(b));
    const hash = templateHash(revisionTemplate(isvc));
    const newest = revisions.at(-1);
    const spec = kserve_controller_podSpec(predictor);
    if (spec && newest?.metadata.annotations?.[TEMPLATE_HASH_ANNOTATION] !== hash) {
        const n = newest ? generationOf(newest) + 1 : 1;
        revisions.push(store.create(kserve_controller_DEPLOY, revisionDeployment(isvc, n, hash, spec)));
    }
    const created = revisions.at(-1);
    // monotonic like Knative's latestReadyRevision: never back to an older revision
    const ready = [...revisions]
        .reverse()
        .find((d) => isReady(d) || kserve_controller_revisionOf(d) === prev.latestReadyRevision);
    const readyName = ready ? kserve_controller_revisionOf(ready) : '';
    const canary = typeof predictor.canaryTrafficPercent === 'number' ? predictor.canaryTrafficPercent : undefined;
    const traffic = routeTraffic(prev, readyName, canary);
    const rollout = rolledOut(prev, traffic, readyName, created ? kserve_controller_revisionOf(created) : '');
    const routable = new Set([readyName, ...traffic.map((t) => t.revisionName)]);
    if (created)
        routable.add(kserve_controller_revisionOf(created));
    for (const d of revisions) {
        const replicas = routable.has(kserve_controller_revisionOf(d)) ? wantedPods(d) : 0;
        if (d.spec?.replicas !== replicas)
            store.update(kserve_controller_DEPLOY, { ...d, spec: { ...d.spec, replicas } });
    }
    const byName = new Map(revisions.map((d) => [kserve_controller_revisionOf(d), d]));
    const serving = traffic.filter((t) => t.percent > 0).map((t) => byName.get(t.revisionName));
    const servingReady = serving.some((d) => d && isReady(d));
    const blocking = serving.find((d) => d && !isReady(d)) ?? created;
    const missing = blocking
        ? notReady(blocking)
        : `spec.predictor of ${name} has neither containers nor model`;
    const latestReady = !!created && kserve_controller_revisionOf(created) === readyName;
    const status = {
        observedGeneration: isvc.metadata.generation ?? 1,
        url: `http://${name}.${ns}.example.com`,
        components: {
            predictor: {
                ...(created ? { latestCreatedRevision: kserve_controller_revisionOf(created) } : {}),
                ...(readyName ? { latestReadyRevision: readyName } : {}),
                ...(rollout.latest ? { latestRolledoutRevision: rollout.latest } : {}),
                ...(rollout.previous ? { previousRolledoutRevision: rollout.previous } : {}),
                traffic,
            },
        },
        conditions: [
            condition('LatestDeploymentReady', latestReady, 'RevisionMissing', created ? notReady(created) : missing),
            condition('PredictorReady', servingReady, 'RevisionMissing', missing),
            condition('Ready', servingReady, 'RevisionMissing', missing),
            condition('RoutesReady', traffic.length > 0, 'RevisionMissing', missing),
        ],
    };
    store.update(ISVC, { ...isvc, status });
}
/**
 * KServe serverless mode without Knative objects: one Deployment per predictor revision, the
 * revisions' scale, and `status` (traffic split by canaryTrafficPercent, rolled-out revisions,
 * conditions) of every InferenceService.
 */
function reconcileInferenceServices(store) {
    for (const isvc of store.peekAll(ISVC))
        reconcile(store, isvc);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./lib/sim/kubeconfig.js



const SIM_CONTEXT = 'model-deploy-sim';
/** A kubeconfig for the simulator: plain http needs insecure-skip-tls-verify for client-node. */
function kubeconfigYaml(server, namespace = 'default') {
    return (0,dist/* stringify */.As)({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [{ name: SIM_CONTEXT, cluster: { server, 'insecure-skip-tls-verify': true } }],
        users: [{ name: SIM_CONTEXT, user: { token: 'model-deploy-sim' } }],
        contexts: [{ name: SIM_CONTEXT, context: { cluster: SIM_CONTEXT, user: SIM_CONTEXT, namespace } }],
        'current-context': SIM_CONTEXT,
        preferences: {},
    });
}
function writeKubeconfig(path, server) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, kubeconfigYaml(server), { mode: 0o600 });
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
;// CONCATENATED MODULE: ./lib/sim/faults.js

/** Pod annotation naming the fault profile for its containers (overrides image matching). */
const FAULT_ANNOTATION = 'sim.model-deploy.io/fault-profile';
const HEALTHY = {
    name: '(none)',
    match: {},
    pullError: false,
    crashExitCode: 1,
    readinessFailure: false,
    errorRate: 0,
};
/** Picks the profile for a container: the pod annotation first, then the first image match (exact or glob). */
function profileFor(profiles, pod, image) {
    const wanted = pod.metadata.annotations?.[FAULT_ANNOTATION];
    if (wanted) {
        const byAnnotation = profiles.find((p) => p.name === wanted || p.match.annotation === wanted);
        if (byAnnotation)
            return byAnnotation;
    }
    for (const p of profiles) {
        const glob = p.match.image;
        if (!glob)
            continue;
        if (glob === image || picomatch.isMatch(image, glob, { dot: true }))
            return p;
    }
    return HEALTHY;
}

;// CONCATENATED MODULE: ./lib/sim/kubelet.js



const kubelet_POD = resourceByKind('Pod');
/** All the simulated kubelets: pull, start, model load, readiness, crash loop, OOMKilled, logs. */
class Kubelets {
    api;
    clock;
    events;
    images;
    config;
    pods = new Map();
    ipSeq = 2;
    constructor(api, clock, events, images, config) {
        this.api = api;
        this.clock = clock;
        this.events = events;
        this.images = images;
        this.config = config;
    }
    runtime(uid) {
        const p = this.pods.get(uid);
        if (!p)
            return undefined;
        const now = this.clock.now();
        return p.containers.map((c) => ({
            profile: c.profile,
            running: c.phase === 'running',
            loadedFraction: c.phase === 'running' ? Math.min(1, (now - c.startedAt) / Math.max(1, this.startupMs(c))) : 0,
        }));
    }
    logs(namespace, pod, container, previous) {
        const o = this.api.store.peek(kubelet_POD, namespace, pod);
        if (!o)
            return undefined;
        const rt = this.pods.get(o.metadata.uid);
        const names = (o.spec?.containers ?? []).map((c) => c.name);
        if (!container && names.length > 1) {
            return {
                error: `a container name must be specified for pod ${pod}, choose one of: [${names.join(' ')}]`,
            };
        }
        const name = container ?? names[0];
        if (name && !names.includes(name))
            return { error: `container ${name} is not valid for pod ${pod}` };
        const c = rt?.containers.find((x) => x.name === name);
        if (!c || (c.phase !== 'running' && c.phase !== 'crash-backoff' && !previous)) {
            const reason = o.status?.containerStatuses?.find((s) => s.name === name)?.state?.waiting?.reason ??
                'ContainerCreating';
            return {
                error: `container "${name}" in pod "${pod}" is waiting to start: ${reason === 'ContainerCreating' ? 'ContainerCreating' : `trying and failing to pull image`}`,
            };
        }
        if (previous) {
            if (!c.lastTerminated)
                return { error: `previous terminated container "${name}" in pod "${pod}" not found` };
            return c.previousLogs.map((l) => `${l}\n`).join('');
        }
        return c.logs.map((l) => `${l}\n`).join('');
    }
    startupMs(c) {
        return c.profile.startup ?? this.config.kubelet.startup;
    }
    tick() {
        const now = this.clock.now();
        const seen = new Set();
        for (const pod of this.api.store.peekAll(kubelet_POD)) {
            const uid = pod.metadata.uid;
            seen.add(uid);
            if (!pod.spec?.nodeName || pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed')
                continue;
            let rt = this.pods.get(uid);
            if (!rt) {
                rt = {
                    uid,
                    startTime: now,
                    podIP: `10.244.${Math.floor(this.ipSeq / 250) % 250}.${(this.ipSeq++ % 250) + 2}`,
                    containers: (pod.spec.containers ?? []).map((c, i) => ({
                        name: c.name,
                        image: c.image ?? '',
                        profile: profileFor(this.config.faultProfiles, pod, c.image ?? ''),
                        phase: 'pulling',
                        until: 0,
                        startedAt: 0,
                        restartCount: 0,
                        backoffMs: 0,
                        pullBackoffMs: 0,
                        containerID: `containerd://${uid.replaceAll('-', '')}${i}`,
                        logs: [],
                        previousLogs: [],
                        readinessWarned: 0,
                    })),
                };
                this.pods.set(uid, rt);
            }
            for (const c of rt.containers)
                this.step(pod, c, now);
            this.writeStatus(pod, rt, now);
        }
        for (const uid of this.pods.keys())
            if (!seen.has(uid))
                this.pods.delete(uid);
    }
    source(pod) {
        return { component: 'kubelet', host: pod.spec?.nodeName };
    }
    step(pod, c, now) {
        const field = `spec.containers{${c.name}}`;
        const cfg = this.config.kubelet;
        switch (c.phase) {
            case 'pulling': {
                if (c.until === 0) {
                    const state = c.profile.pullError ? 'absent' : this.images.state(c.image);
                    if (state === 'pending')
                        return;
                    this.events.record(pod, 'Normal', 'Pulling', `Pulling image "${c.image}"`, this.source(pod), field);
                    if (state === 'absent') {
                        this.pullFailed(pod, c, now);
                        return;
                    }
                    c.until = now + cfg.pull;
                    return;
                }
                if (now < c.until)
                    return;
                this.events.record(pod, 'Normal', 'Pulled', `Successfully pulled image "${c.image}" in ${cfg.pull}ms (${cfg.pull}ms including waiting). Image size: 0 bytes.`, this.source(pod), field);
                this.start(pod, c, now);
                return;
            }
            case 'pull-failed':
                if (now < c.until)
                    return;
                c.phase = 'pull-backoff';
                c.until = now + c.pullBackoffMs;
                this.events.record(pod, 'Normal', 'BackOff', `Back-off pulling image "${c.image}"`, this.source(pod), field);
                this.events.record(pod, 'Warning', 'Failed', 'Error: ImagePullBackOff', this.source(pod), field);
                return;
            case 'pull-backoff':
                if (now < c.until)
                    return;
                c.phase = 'pulling';
                c.until = 0;
                return;
            case 'running': {
                const up = now - c.startedAt;
                const oom = c.profile.oomAfter;
                const crash = c.profile.crashAfter;
                if (oom !== undefined && up >= oom && (crash === undefined || oom <= crash)) {
                    c.logs.push(`torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 79.15 GiB total capacity)`, 'Killed');
                    this.terminate(pod, c, now, 137, 'OOMKilled');
                    return;
                }
                if (crash !== undefined && up >= crash) {
                    c.logs.push(`RuntimeError: CUDA error: an illegal memory access was encountered`, `model server exited with code ${c.profile.crashExitCode}`);
                    this.terminate(pod, c, now, c.profile.crashExitCode, 'Error');
                    return;
                }
                if (up >= this.startupMs(c) && c.logs.length === 2)
                    c.logs.push(`model loaded in ${(this.startupMs(c) / 1000).toFixed(1)}s; serving on :8080`);
                if (c.profile.readinessFailure && up >= this.startupMs(c) && now - c.readinessWarned >= 10_000) {
                    c.readinessWarned = now;
                    this.events.record(pod, 'Warning', 'Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 503', this.source(pod), field);
                }
                return;
            }
            case 'crash-backoff':
                if (now < c.until)
                    return;
                c.restartCount++;
                this.start(pod, c, now);
                return;
            case 'exited':
                return;
        }
    }
    pullFailed(pod, c, now) {
        const cfg = this.config.kubelet;
        const message = `failed to pull and unpack image "${c.image}": failed to resolve reference "${c.image}": ${c.image}: not found`;
        this.events.record(pod, 'Warning', 'Failed', `Failed to pull image "${c.image}": rpc error: code = NotFound desc = ${message}`, this.source(pod), `spec.containers{${c.name}}`);
        this.events.record(pod, 'Warning', 'Failed', 'Error: ErrImagePull', this.source(pod), `spec.containers{${c.name}}`);
        c.phase = 'pull-failed';
        c.pullBackoffMs = c.pullBackoffMs ? Math.min(c.pullBackoffMs * 2, cfg.backoffMax) : cfg.backoffBase;
        c.until = now + Math.min(cfg.backoffBase, 1_000);
    }
    start(pod, c, now) {
        const field = `spec.containers{${c.name}}`;
        this.events.record(pod, 'Normal', 'Created', `Created container: ${c.name}`, this.source(pod), field);
        this.events.record(pod, 'Normal', 'Started', `Started container ${c.name}`, this.source(pod), field);
        c.phase = 'running';
        c.startedAt = now;
        c.readinessWarned = 0;
        c.logs = [
            `starting model server for ${c.image}`,
            `loading model weights (expected ${(this.startupMs(c) / 1000).toFixed(1)}s)`,
        ];
    }
    terminate(pod, c, now, exitCode, reason) {
        const cfg = this.config.kubelet;
        c.lastTerminated = {
            exitCode,
            reason,
            startedAt: c.startedAt,
            finishedAt: now,
            containerID: c.containerID,
        };
        const policy = pod.spec?.restartPolicy ?? 'Always';
        if (policy === 'Never' || (policy === 'OnFailure' && exitCode === 0)) {
            c.phase = 'exited';
            return;
        }
        c.previousLogs = c.logs;
        c.logs = [];
        // like kubelet: the first restart is immediate, later ones back off 10s, 20s, 40s ... up to 5m
        const delay = c.backoffMs;
        c.backoffMs = c.backoffMs ? Math.min(c.backoffMs * 2, cfg.backoffMax) : cfg.backoffBase;
        c.phase = 'crash-backoff';
        c.until = now + delay;
        if (delay > 0) {
            this.events.record(pod, 'Warning', 'BackOff', `Back-off restarting failed container ${c.name} in pod ${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`, this.source(pod), `spec.containers{${c.name}}`);
        }
    }
    writeStatus(pod, rt, now) {
        const current = this.api.store.peek(kubelet_POD, pod.metadata.namespace, pod.metadata.name);
        if (!current)
            return;
        const statuses = rt.containers.map((c) => {
            const ready = c.phase === 'running' && now - c.startedAt >= this.startupMs(c) && !c.profile.readinessFailure;
            let state;
            switch (c.phase) {
                case 'pulling':
                    state = { waiting: { reason: 'ContainerCreating' } };
                    break;
                case 'pull-failed':
                    state = {
                        waiting: {
                            reason: 'ErrImagePull',
                            message: `rpc error: code = NotFound desc = failed to pull and unpack image "${c.image}": failed to resolve reference "${c.image}": ${c.image}: not found`,
                        },
                    };
                    break;
                case 'pull-backoff':
                    state = { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${c.image}"` } };
                    break;
                case 'running':
                    state = { running: { startedAt: timestamp(c.startedAt) } };
                    break;
                case 'crash-backoff':
                    state =
                        now < c.until && c.backoffMs && c.until > c.lastTerminated.finishedAt
                            ? {
                                waiting: {
                                    reason: 'CrashLoopBackOff',
                                    message: `back-off ${Math.round((c.until - c.lastTerminated.finishedAt) / 1000)}s restarting failed container=${c.name} pod=${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`,
                                },
                            }
                            : { terminated: this.terminatedJson(c) };
                    break;
                case 'exited':
                    state = { terminated: this.terminatedJson(c) };
                    break;
            }
            return {
                name: c.name,
                image: c.image,
                imageID: c.phase === 'pulling' || c.phase === 'pull-failed' || c.phase === 'pull-backoff'
                    ? ''
                    : `${c.image.split(/[:@]/)[0]}@sha256:${'0'.repeat(64)}`,
                ...(c.phase === 'running' || c.phase === 'crash-backoff' || c.phase === 'exited'
                    ? { containerID: c.containerID }
                    : {}),
                ready,
                started: c.phase === 'running',
                restartCount: c.restartCount,
                state,
                lastState: c.lastTerminated && c.phase !== 'exited' ? { terminated: this.terminatedJson(c) } : {},
            };
        });
        const anyStarted = rt.containers.some((c) => c.phase === 'running' || c.phase === 'crash-backoff' || c.lastTerminated);
        const allReady = statuses.every((s) => s.ready);
        const unready = statuses.filter((s) => !s.ready).map((s) => s.name);
        const ts = timestamp(now);
        const old = current.status?.conditions ?? [];
        const cond = (type, ok, reason, message) => {
            const prev = old.find((c) => c.type === type);
            const status = ok ? 'True' : 'False';
            return {
                type,
                status,
                ...(reason && !ok ? { reason } : {}),
                ...(message && !ok ? { message } : {}),
                lastProbeTime: null,
                lastTransitionTime: prev && prev.status === status ? (prev.lastTransitionTime ?? ts) : ts,
            };
        };
        const conditions = [
            cond('PodReadyToStartContainers', true),
            cond('Initialized', true),
            cond('Ready', allReady, 'ContainersNotReady', `containers with unready status: [${unready.join(' ')}]`),
            cond('ContainersReady', allReady, 'ContainersNotReady', `containers with unready status: [${unready.join(' ')}]`),
            old.find((c) => c.type === 'PodScheduled') ?? cond('PodScheduled', true),
        ];
        const nodeIP = this.api.store.peek(resourceByKind('Node'), undefined, pod.spec.nodeName)?.status?.addresses?.[0]
            ?.address ?? '10.0.0.1';
        const next = { ...current };
        next.status = {
            ...current.status,
            phase: this.podPhase(rt, anyStarted),
            conditions,
            hostIP: nodeIP,
            hostIPs: [{ ip: nodeIP }],
            podIP: rt.podIP,
            podIPs: [{ ip: rt.podIP }],
            startTime: timestamp(rt.startTime),
            containerStatuses: statuses,
        };
        this.api.store.update(kubelet_POD, next);
    }
    /** Running while a container runs or will restart; Failed/Succeeded once every container exited for good. */
    podPhase(rt, anyStarted) {
        if (rt.containers.length && rt.containers.every((c) => c.phase === 'exited')) {
            return rt.containers.some((c) => c.lastTerminated?.exitCode !== 0) ? 'Failed' : 'Succeeded';
        }
        return anyStarted ? 'Running' : 'Pending';
    }
    terminatedJson(c) {
        const t = c.lastTerminated;
        return {
            exitCode: t.exitCode,
            reason: t.reason,
            startedAt: timestamp(t.startedAt),
            finishedAt: timestamp(t.finishedAt),
            containerID: t.containerID,
        };
    }
}

;// CONCATENATED MODULE: ./lib/sim/nodes.js

const GIB = 2 ** 30;
function bytes(n) {
    return n % GIB === 0
        ? `${n / GIB}Gi`
        : n % 2 ** 20 === 0
            ? `${n / 2 ** 20}Mi`
            : `${Math.floor(n / 1024)}Ki`;
}
function family(product) {
    if (/H100|H200|H800|GH200/.test(product))
        return 'hopper';
    if (/B100|B200|GB200/.test(product))
        return 'blackwell';
    if (/A100|A10|A30|A40|A800/.test(product))
        return 'ampere';
    if (/L4|L40/.test(product))
        return 'ada-lovelace';
    if (/T4/.test(product))
        return 'turing';
    if (/V100/.test(product))
        return 'volta';
    return 'unknown';
}
/** Node objects for a pool: capacity, GPU Feature Discovery labels, taints, Ready condition. */
function poolNodes(pool, poolIndex, now) {
    const nodes = [];
    for (let i = 1; i <= pool.count; i++) {
        const name = `${pool.name}-${i}`;
        const gpuRes = {};
        if (pool.gpus > 0)
            gpuRes['nvidia.com/gpu'] = String(pool.gpus);
        for (const [profile, n] of Object.entries(pool.mig))
            gpuRes[`nvidia.com/mig-${profile}`] = String(n);
        const hasGpu = pool.gpus > 0 || Object.keys(pool.mig).length > 0;
        const capacity = {
            cpu: String(pool.cpu),
            memory: bytes(pool.memory),
            pods: String(pool.pods),
            'ephemeral-storage': '1Ti',
            ...gpuRes,
        };
        const migLabels = {};
        if (Object.keys(pool.mig).length) {
            migLabels['nvidia.com/mig.strategy'] = 'mixed';
            migLabels['nvidia.com/mig.capable'] = 'true';
            for (const [profile, n] of Object.entries(pool.mig))
                migLabels[`nvidia.com/mig-${profile}.count`] = String(n);
        }
        const t = timestamp(now);
        nodes.push({
            apiVersion: 'v1',
            kind: 'Node',
            metadata: {
                name,
                labels: {
                    'kubernetes.io/hostname': name,
                    'kubernetes.io/os': 'linux',
                    'kubernetes.io/arch': 'amd64',
                    'node.kubernetes.io/instance-type': pool.name,
                    'sim.model-deploy.io/pool': pool.name,
                    ...(hasGpu
                        ? {
                            'nvidia.com/gpu.present': 'true',
                            'nvidia.com/gpu.product': pool.product,
                            'nvidia.com/gpu.count': String(pool.gpus),
                            'nvidia.com/gpu.memory': String(pool.gpuMemoryMiB),
                            'nvidia.com/gpu.family': family(pool.product),
                            ...migLabels,
                        }
                        : {}),
                    ...pool.labels,
                },
            },
            spec: {
                ...(pool.taints.length ? { taints: pool.taints.map((x) => ({ ...x })) } : {}),
                ...(pool.unschedulable ? { unschedulable: true } : {}),
            },
            status: {
                capacity,
                allocatable: { ...capacity },
                conditions: [
                    {
                        type: 'MemoryPressure',
                        status: 'False',
                        reason: 'KubeletHasSufficientMemory',
                        message: 'kubelet has sufficient memory available',
                        lastHeartbeatTime: t,
                        lastTransitionTime: t,
                    },
                    {
                        type: 'DiskPressure',
                        status: 'False',
                        reason: 'KubeletHasNoDiskPressure',
                        message: 'kubelet has no disk pressure',
                        lastHeartbeatTime: t,
                        lastTransitionTime: t,
                    },
                    {
                        type: 'PIDPressure',
                        status: 'False',
                        reason: 'KubeletHasSufficientPID',
                        message: 'kubelet has sufficient PID available',
                        lastHeartbeatTime: t,
                        lastTransitionTime: t,
                    },
                    {
                        type: 'Ready',
                        status: 'True',
                        reason: 'KubeletReady',
                        message: 'kubelet is posting ready status',
                        lastHeartbeatTime: t,
                        lastTransitionTime: t,
                    },
                ],
                addresses: [
                    { type: 'InternalIP', address: `10.0.${poolIndex}.${i}` },
                    { type: 'Hostname', address: name },
                ],
                nodeInfo: {
                    kubeletVersion: 'v1.36.0-sim',
                    kubeProxyVersion: 'v1.36.0-sim',
                    containerRuntimeVersion: 'containerd://2.1.0',
                    operatingSystem: 'linux',
                    architecture: 'amd64',
                    osImage: 'model-deploy simulated node',
                    kernelVersion: '6.8.0',
                    machineID: name,
                    systemUUID: name,
                    bootID: name,
                },
            },
        });
    }
    return nodes;
}

;// CONCATENATED MODULE: ./lib/sim/prng.js
/** mulberry32: a small seeded PRNG so simulated traffic and names repeat run to run. */
function seededRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** Standard normal sample (Box-Muller). */
function normal(random) {
    const u = Math.max(random(), Number.EPSILON);
    const v = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
/** Log-normal latency with the given median and 99th percentile (milliseconds). */
function lognormalMs(random, p50, p99) {
    const mu = Math.log(Math.max(p50, 0.001));
    const sigma = Math.max(0, (Math.log(Math.max(p99, p50, 0.001)) - mu) / 2.3263);
    return Math.exp(mu + sigma * normal(random));
}

;// CONCATENATED MODULE: ./lib/sim/scheduler.js

/** Requests of a pod as the scheduler counts them: sum of containers, max with each init container; limits stand in for missing requests. */
function podRequests(pod) {
    const sum = {};
    const add = (into, c) => {
        const req = { ...(c.resources?.limits ?? {}), ...(c.resources?.requests ?? {}) };
        for (const [k, v] of Object.entries(req))
            into[k] = (into[k] ?? 0) + ((0,units/* parseQuantity */.Lf)(v) ?? 0);
    };
    for (const c of (pod.spec?.containers ?? []))
        add(sum, c);
    for (const c of (pod.spec?.initContainers ?? [])) {
        const one = {};
        add(one, c);
        for (const [k, v] of Object.entries(one))
            sum[k] = Math.max(sum[k] ?? 0, v);
    }
    return sum;
}
function allocatable(node) {
    const out = {};
    for (const [k, v] of Object.entries((node.status?.allocatable ?? {})))
        out[k] = (0,units/* parseQuantity */.Lf)(v) ?? 0;
    return out;
}
function tolerates(tolerations, taint) {
    return tolerations.some((t) => {
        if (t.effect && t.effect !== taint.effect)
            return false;
        if (!t.key)
            return t.operator === 'Exists';
        if (t.key !== taint.key)
            return false;
        if (t.operator === 'Exists')
            return true;
        return (t.value ?? '') === (taint.value ?? '');
    });
}
function matchesNodeAffinity(pod, node) {
    const labels = node.metadata.labels ?? {};
    for (const [k, v] of Object.entries((pod.spec?.nodeSelector ?? {}))) {
        if (labels[k] !== v)
            return false;
    }
    const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
    if (!terms.length)
        return true;
    return terms.some((term) => (term.matchExpressions ?? []).every((e) => {
        const v = labels[e.key];
        switch (e.operator) {
            case 'In':
                return v !== undefined && (e.values ?? []).includes(v);
            case 'NotIn':
                return v === undefined || !(e.values ?? []).includes(v);
            case 'Exists':
                return v !== undefined;
            case 'DoesNotExist':
                return v === undefined;
            case 'Gt':
                return v !== undefined && Number(v) > Number(e.values?.[0]);
            case 'Lt':
                return v !== undefined && Number(v) < Number(e.values?.[0]);
            default:
                return false;
        }
    }));
}
/**
 * Filters nodes like kube-scheduler (NodeUnschedulable, TaintToleration, NodeAffinity, NodeResourcesFit)
 * and scores the fits by least allocated (ties by name). Pure: usage comes from the bound pods given.
 */
function schedule(pod, nodes, boundPods) {
    const used = new Map();
    const counts = new Map();
    for (const p of boundPods) {
        const n = p.spec?.nodeName;
        if (!n || p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed')
            continue;
        const u = used.get(n) ?? {};
        for (const [k, v] of Object.entries(podRequests(p)))
            u[k] = (u[k] ?? 0) + v;
        used.set(n, u);
        counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    const want = podRequests(pod);
    const tolerations = pod.spec?.tolerations ?? [];
    const reasons = new Map();
    let unresolvable = 0;
    const fits = [];
    for (const node of nodes) {
        const name = node.metadata.name;
        const nodeReasons = [];
        let hard = false;
        if (node.spec?.unschedulable &&
            !tolerates(tolerations, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' })) {
            nodeReasons.push('node(s) were unschedulable');
            hard = true;
        }
        if (!hard) {
            const taint = (node.spec?.taints ?? []).find((t) => (t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !tolerates(tolerations, t));
            if (taint) {
                nodeReasons.push(`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`);
                hard = true;
            }
        }
        if (!hard && !matchesNodeAffinity(pod, node)) {
            nodeReasons.push("node(s) didn't match Pod's node affinity/selector");
            hard = true;
        }
        if (!hard) {
            const alloc = allocatable(node);
            const u = used.get(name) ?? {};
            if ((counts.get(name) ?? 0) + 1 > (alloc.pods ?? 110))
                nodeReasons.push('Too many pods');
            for (const [res, amount] of Object.entries(want).sort(([a], [b]) => a.localeCompare(b))) {
                if (amount <= 0)
                    continue;
                if ((u[res] ?? 0) + amount > (alloc[res] ?? 0) + 1e-9)
                    nodeReasons.push(`Insufficient ${res}`);
            }
        }
        if (nodeReasons.length === 0) {
            const alloc = allocatable(node);
            const u = used.get(name) ?? {};
            const shares = ['cpu', 'memory', ...Object.keys(want).filter((k) => k.startsWith('nvidia.com/'))].map((res) => {
                const cap = alloc[res] ?? 0;
                return cap > 0 ? ((u[res] ?? 0) + (want[res] ?? 0)) / cap : 0;
            });
            fits.push({ name, score: shares.reduce((a, b) => a + b, 0) / shares.length });
            continue;
        }
        if (hard)
            unresolvable++;
        for (const r of nodeReasons)
            reasons.set(r, (reasons.get(r) ?? 0) + 1);
    }
    if (fits.length) {
        fits.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
        return { node: fits[0].name };
    }
    const total = nodes.length;
    const summary = [...reasons.entries()]
        .map(([r, n]) => `${n} ${r}`)
        .sort()
        .join(', ');
    const preemption = [
        ...(unresolvable ? [`${unresolvable} Preemption is not helpful for scheduling`] : []),
        ...(total - unresolvable ? [`${total - unresolvable} No preemption victims found for incoming pod`] : []),
    ]
        .sort()
        .join(', ');
    const message = total === 0
        ? 'no nodes available to schedule pods'
        : `0/${total} nodes are available: ${summary}. preemption: 0/${total} nodes are available: ${preemption}.`;
    return { message };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/sim/discovery.js



const SERVER_VERSION = {
    major: '1',
    minor: '36',
    gitVersion: 'v1.36.0-model-deploy-sim',
    gitCommit: '0000000000000000000000000000000000000000',
    gitTreeState: 'clean',
    buildDate: '2026-01-01T00:00:00Z',
    goVersion: 'go1.25.0',
    compiler: 'gc',
    platform: 'linux/amd64',
};
function apiVersions(serverAddress) {
    return {
        kind: 'APIVersions',
        versions: ['v1'],
        serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
    };
}
function apiGroup(group) {
    const versions = groupVersions()
        .filter((gv) => gv.group === group)
        .map((gv) => ({ groupVersion: `${group}/${gv.version}`, version: gv.version }));
    return { kind: 'APIGroup', apiVersion: 'v1', name: group, versions, preferredVersion: versions[0] };
}
function apiGroupList() {
    const groups = [...new Set(RESOURCES.filter((r) => r.group).map((r) => r.group))];
    return { kind: 'APIGroupList', apiVersion: 'v1', groups: groups.map((g) => apiGroup(g)) };
}
function apiGroupDoc(group) {
    return RESOURCES.some((r) => r.group === group) ? apiGroup(group) : undefined;
}
const HTTPROUTE_DEF = 'io.k8s.networking.gateway.v1.HTTPRoute';
function gvPath(group, version) {
    return group ? `apis/${group}/${version}` : `api/${version}`;
}
const v3Cache = new Map();
/** `/openapi/v3`: the index of group-versions, each with a hashed serverRelativeURL. */
function openApiV3Index() {
    const paths = {};
    for (const { group, version } of groupVersions()) {
        const p = gvPath(group, version);
        const hash = (0,external_node_crypto_.createHash)('sha512')
            .update(JSON.stringify(openApiV3(p) ?? {}))
            .digest('hex')
            .slice(0, 128)
            .toUpperCase();
        paths[p] = { serverRelativeURL: `/openapi/v3/${p}?hash=${hash}` };
    }
    return { paths };
}
function rewriteRefs(value) {
    return JSON.parse(JSON.stringify(value).replaceAll('"#/definitions/', '"#/components/schemas/'));
}
function convertParam(p, params) {
    const resolved = p.$ref ? params[p.$ref.replace('#/parameters/', '')] : p;
    const { type, uniqueItems: _u, ...rest } = resolved;
    return { ...rest, schema: { type: type ?? 'string', uniqueItems: true } };
}
function convertOp(op, params, shared) {
    const { parameters = [], responses = {}, consumes = [], produces = ['application/json'], ...rest } = op;
    const all = [...shared, ...parameters].map((p) => p.$ref ? params[p.$ref.replace('#/parameters/', '')] : p);
    const body = all.find((p) => p.in === 'body');
    const out = {
        ...rest,
        parameters: all.filter((p) => p.in !== 'body').map((p) => convertParam(p, params)),
        responses: Object.fromEntries(Object.entries(responses).map(([code, r]) => [
            code,
            {
                description: r.description ?? '',
                ...(r.schema
                    ? { content: Object.fromEntries(produces.map((m) => [m, { schema: r.schema }])) }
                    : {}),
            },
        ])),
    };
    if (body) {
        out.requestBody = {
            content: Object.fromEntries((consumes.length ? consumes : ['*/*']).map((m) => [m, { schema: body.schema }])),
            required: true,
        };
    }
    return out;
}
/** One OpenAPI v3 document per group-version, converted mechanically from the vendored v2 document. */
function openApiV3(gv) {
    const cached = v3Cache.get(gv);
    if (cached)
        return cached;
    const doc = kubernetesOpenApi();
    const prefix = `/${gv}/`;
    const isGateway = gv === 'apis/gateway.networking.k8s.io/v1';
    if (!isGateway && !groupVersions().some((x) => gvPath(x.group, x.version) === gv))
        return undefined;
    const paths = {};
    for (const [p, item] of Object.entries(doc.paths)) {
        if (!p.startsWith(prefix))
            continue;
        const { parameters: shared = [], ...ops } = item;
        const converted = {};
        for (const [method, op] of Object.entries(ops))
            converted[method] = convertOp(op, doc.parameters, shared);
        paths[p] = converted;
    }
    const schemas = { ...doc.definitions };
    if (isGateway) {
        const crd = httpRouteCrd();
        const gvk = [{ group: crd.group, version: crd.version, kind: crd.names.kind }];
        schemas[HTTPROUTE_DEF] = {
            ...crd.schema,
            properties: { ...crd.schema.properties, metadata: { $ref: `#/definitions/${OBJECT_META}` } },
            'x-kubernetes-group-version-kind': gvk,
        };
        schemas[`${HTTPROUTE_DEF}List`] = {
            type: 'object',
            required: ['items'],
            properties: {
                apiVersion: { type: 'string' },
                kind: { type: 'string' },
                items: { type: 'array', items: { $ref: `#/definitions/${HTTPROUTE_DEF}` } },
                metadata: { $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
            'x-kubernetes-group-version-kind': [{ ...gvk[0], kind: 'HTTPRouteList' }],
        };
        const fieldValidation = {
            name: 'fieldValidation',
            in: 'query',
            schema: { type: 'string', uniqueItems: true },
        };
        const fieldManager = { name: 'fieldManager', in: 'query', schema: { type: 'string', uniqueItems: true } };
        const ref = { $ref: `#/definitions/${HTTPROUTE_DEF}` };
        const ext = { 'x-kubernetes-group-version-kind': gvk[0] };
        paths['/apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/httproutes/{name}'] = {
            get: {
                operationId: 'readGatewayNetworkingV1NamespacedHTTPRoute',
                responses: { '200': { description: 'OK', content: { 'application/json': { schema: ref } } } },
                ...ext,
                'x-kubernetes-action': 'get',
            },
            put: {
                operationId: 'replaceGatewayNetworkingV1NamespacedHTTPRoute',
                parameters: [fieldManager, fieldValidation],
                requestBody: { content: { '*/*': { schema: ref } } },
                responses: { '200': { description: 'OK', content: { 'application/json': { schema: ref } } } },
                ...ext,
                'x-kubernetes-action': 'put',
            },
            patch: {
                operationId: 'patchGatewayNetworkingV1NamespacedHTTPRoute',
                parameters: [fieldManager, fieldValidation],
                requestBody: {
                    content: {
                        'application/merge-patch+json': { schema: { type: 'object' } },
                        'application/json-patch+json': { schema: { type: 'object' } },
                        'application/apply-patch+yaml': { schema: { type: 'object' } },
                    },
                },
                responses: { '200': { description: 'OK', content: { 'application/json': { schema: ref } } } },
                ...ext,
                'x-kubernetes-action': 'patch',
            },
        };
        paths['/apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/httproutes'] = {
            post: {
                operationId: 'createGatewayNetworkingV1NamespacedHTTPRoute',
                parameters: [fieldManager, fieldValidation],
                requestBody: { content: { '*/*': { schema: ref } } },
                responses: { '201': { description: 'Created', content: { 'application/json': { schema: ref } } } },
                ...ext,
                'x-kubernetes-action': 'post',
            },
        };
    }
    const out = rewriteRefs({
        openapi: '3.0.0',
        info: { title: 'Kubernetes', version: 'v1.36.0' },
        paths,
        components: { schemas },
    });
    v3Cache.set(gv, out);
    return out;
}

;// CONCATENATED MODULE: ./lib/sim/table.js

/** kubectl asks for `as=Table` so the server prints the columns; without it kubectl shows only NAME and AGE. */
function wantsTable(accept) {
    return !!accept && /as=Table/.test(accept.split(',')[0] ?? '');
}
/** kubectl's age format: 45s, 3m2s, 10m, 5h, 2d3h, 12d. */
function humanAge(ms) {
    const s = Math.max(0, Math.floor(ms / 1000));
    if (s < 120)
        return `${s}s`;
    const m = Math.floor(s / 60);
    if (m < 10)
        return s % 60 ? `${m}m${s % 60}s` : `${m}m`;
    if (m < 180)
        return `${m}m`;
    const h = Math.floor(m / 60);
    if (h < 8)
        return m % 60 ? `${h}h${m % 60}m` : `${h}h`;
    if (h < 48)
        return `${h}h`;
    const d = Math.floor(h / 24);
    if (d < 8)
        return h % 24 ? `${d}d${h % 24}h` : `${d}d`;
    return `${d}d`;
}
function age(o, now) {
    const t = o.metadata.creationTimestamp ? Date.parse(o.metadata.creationTimestamp) : now;
    return humanAge(now - t);
}
/** The STATUS column kubectl shows for a pod. */
function podDisplayStatus(o) {
    if (o.metadata.deletionTimestamp)
        return 'Terminating';
    let reason = o.status?.reason ?? o.status?.phase ?? 'Unknown';
    for (const cs of o.status?.containerStatuses ?? []) {
        if (cs.state?.waiting?.reason)
            reason = cs.state.waiting.reason;
        else if (cs.state?.terminated?.reason)
            reason = cs.state.terminated.reason;
    }
    if (reason === 'Pending' && o.spec?.nodeName)
        reason = 'ContainerCreating';
    return reason;
}
function columnsFor(r) {
    const name = { name: 'Name', type: 'string', format: 'name' };
    const ageCol = { name: 'Age', type: 'string' };
    switch (r.kind) {
        case 'Pod':
            return [
                name,
                { name: 'Ready', type: 'string' },
                { name: 'Status', type: 'string' },
                { name: 'Restarts', type: 'string' },
                ageCol,
                { name: 'IP', type: 'string', priority: 1 },
                { name: 'Node', type: 'string', priority: 1 },
            ];
        case 'Node':
            return [
                name,
                { name: 'Status', type: 'string' },
                { name: 'Roles', type: 'string' },
                ageCol,
                { name: 'Version', type: 'string' },
            ];
        case 'Deployment':
            return [
                name,
                { name: 'Ready', type: 'string' },
                { name: 'Up-to-date', type: 'integer' },
                { name: 'Available', type: 'integer' },
                ageCol,
            ];
        case 'ReplicaSet':
            return [
                name,
                { name: 'Desired', type: 'integer' },
                { name: 'Current', type: 'integer' },
                { name: 'Ready', type: 'integer' },
                ageCol,
            ];
        case 'Service':
            return [
                name,
                { name: 'Type', type: 'string' },
                { name: 'Cluster-IP', type: 'string' },
                { name: 'External-IP', type: 'string' },
                { name: 'Port(s)', type: 'string' },
                ageCol,
            ];
        case 'Event':
            return [
                { name: 'Last Seen', type: 'string' },
                { name: 'Type', type: 'string' },
                { name: 'Reason', type: 'string' },
                { name: 'Object', type: 'string' },
                { name: 'Message', type: 'string' },
            ];
        case 'Namespace':
            return [name, { name: 'Status', type: 'string' }, ageCol];
        case 'HTTPRoute':
            return [
                name,
                ...httpRouteCrd().additionalPrinterColumns.map((c) => ({
                    name: c.name,
                    type: c.type === 'date' ? 'string' : c.type,
                })),
            ];
        default:
            return [name, ageCol];
    }
}
function cells(r, o, now) {
    const n = o.metadata.name;
    switch (r.kind) {
        case 'Pod': {
            const cs = o.status?.containerStatuses ?? [];
            const total = o.spec?.containers?.length ?? 0;
            const restarts = cs.reduce((a, c) => a + (c.restartCount ?? 0), 0);
            const last = cs
                .map((c) => c.lastState?.terminated?.finishedAt)
                .filter((x) => !!x)
                .sort()
                .pop();
            const restartText = restarts && last ? `${restarts} (${humanAge(now - Date.parse(last))} ago)` : String(restarts);
            return [
                n,
                `${cs.filter((c) => c.ready).length}/${total}`,
                podDisplayStatus(o),
                restartText,
                age(o, now),
                o.status?.podIP ?? '<none>',
                o.spec?.nodeName ?? '<none>',
            ];
        }
        case 'Node': {
            const ready = (o.status?.conditions ?? []).find((c) => c.type === 'Ready');
            let status = ready?.status === 'True' ? 'Ready' : 'NotReady';
            if (o.spec?.unschedulable)
                status += ',SchedulingDisabled';
            const roles = Object.keys(o.metadata.labels ?? {})
                .filter((k) => k.startsWith('node-role.kubernetes.io/'))
                .map((k) => k.slice('node-role.kubernetes.io/'.length));
            return [n, status, roles.join(',') || '<none>', age(o, now), o.status?.nodeInfo?.kubeletVersion ?? ''];
        }
        case 'Deployment':
            return [
                n,
                `${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 0}`,
                o.status?.updatedReplicas ?? 0,
                o.status?.availableReplicas ?? 0,
                age(o, now),
            ];
        case 'ReplicaSet':
            return [n, o.spec?.replicas ?? 0, o.status?.replicas ?? 0, o.status?.readyReplicas ?? 0, age(o, now)];
        case 'Service': {
            const ports = (o.spec?.ports ?? []).map((p) => `${p.port}/${p.protocol ?? 'TCP'}`);
            return [
                n,
                o.spec?.type ?? 'ClusterIP',
                o.spec?.clusterIP ?? '<none>',
                '<none>',
                ports.join(',') || '<none>',
                age(o, now),
            ];
        }
        case 'Event': {
            const io = (o.involvedObject ?? {});
            const last = o.lastTimestamp ?? o.metadata.creationTimestamp;
            return [
                last ? humanAge(now - Date.parse(last)) : '<unknown>',
                o.type ?? '',
                o.reason ?? '',
                `${(io.kind ?? '').toLowerCase()}/${io.name ?? ''}`,
                o.message ?? '',
            ];
        }
        case 'Namespace':
            return [n, o.status?.phase ?? 'Active', age(o, now)];
        case 'HTTPRoute':
            return [n, ...httpRouteCrd().additionalPrinterColumns.map((c) => printerCell(o, c, now))];
        default:
            return [n, age(o, now)];
    }
}
/** A CRD printer column: a simple `.a.b` JSONPath; lists join with commas, dates print as an age. */
function printerCell(o, c, now) {
    let v = o;
    for (const part of c.jsonPath.split('.').filter(Boolean))
        v = v?.[part];
    if (c.type === 'date')
        return typeof v === 'string' ? humanAge(now - Date.parse(v)) : '<unknown>';
    if (Array.isArray(v))
        return v.join(',');
    return v ?? '';
}
function toTable(r, items, resourceVersion, now) {
    return {
        kind: 'Table',
        apiVersion: 'meta.k8s.io/v1',
        metadata: { resourceVersion },
        columnDefinitions: columnsFor(r).map((c) => ({ description: '', priority: 0, format: '', ...c })),
        rows: items.map((o) => ({
            cells: cells(r, o, now),
            object: { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata },
        })),
    };
}

;// CONCATENATED MODULE: ./lib/sim/server.js









function parseRoute(segments) {
    let group = '';
    let version;
    let rest;
    if (segments[0] === 'api') {
        version = segments[1] ?? '';
        rest = segments.slice(2);
    }
    else if (segments[0] === 'apis') {
        group = segments[1] ?? '';
        version = segments[2] ?? '';
        rest = segments.slice(3);
    }
    else
        return undefined;
    let watch = false;
    if (rest[0] === 'watch') {
        watch = true;
        rest = rest.slice(1);
    }
    if (rest[0] === 'namespaces' && rest.length >= 3) {
        const r = findResource(group, version, rest[2]);
        if (r?.namespaced) {
            return { resource: r, namespace: rest[1], name: rest[3], subresource: rest[4], watch };
        }
    }
    const r = findResource(group, version, rest[0] ?? '');
    if (!r || rest.length > 3)
        return undefined;
    return { resource: r, name: rest[1], subresource: rest[2], watch };
}
/** The HTTP face of the simulated cluster: discovery, OpenAPI, REST verbs, watch, logs and /metrics. */
class SimServer {
    api;
    hooks;
    server;
    watches = new Set();
    url = '';
    constructor(api, hooks) {
        this.api = api;
        this.hooks = hooks;
        this.server = (0,external_node_http_.createServer)((req, res) => {
            this.handle(req, res).catch((error) => this.fail(res, error));
        });
        this.server.keepAliveTimeout = 5_000;
    }
    async listen(port = 0, host = '127.0.0.1') {
        await new Promise((resolve, reject) => {
            this.server.once('error', reject);
            this.server.listen(port, host, () => {
                this.server.off('error', reject);
                resolve();
            });
        });
        const addr = this.server.address();
        this.url = `http://${host}:${addr.port}`;
        return this.url;
    }
    async close() {
        for (const w of this.watches)
            w.end();
        this.watches.clear();
        this.server.closeAllConnections();
        await new Promise((resolve) => this.server.close(() => resolve()));
    }
    send(res, code, body, headers = {}) {
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        res.writeHead(code, {
            'Content-Type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
            'Cache-Control': 'no-cache, private',
            ...headers,
        });
        res.end(text);
    }
    fail(res, error) {
        if (res.headersSent) {
            res.end();
            return;
        }
        const e = error instanceof ApiError
            ? error
            : new ApiError(500, 'InternalError', `Internal error occurred: ${error?.message ?? String(error)}`);
        this.send(res, e.code, e.toStatus());
    }
    async body(req) {
        const chunks = [];
        for await (const c of req)
            chunks.push(c);
        return Buffer.concat(chunks).toString('utf8');
    }
    async objectBody(req) {
        const text = await this.body(req);
        const ct = (req.headers['content-type'] ?? 'application/json').split(';')[0].trim();
        if (!/json|yaml/.test(ct)) {
            // protobuf and CBOR are not spoken here; client-go falls back to JSON on 415
            throw new ApiError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml`);
        }
        try {
            return ct.includes('yaml') ? (0,dist/* parse */.qg)(text) : JSON.parse(text);
        }
        catch (error) {
            throw badRequest(`the body of the request could not be decoded: ${error.message}`);
        }
    }
    async handle(req, res) {
        const url = new URL(req.url ?? '/', 'http://sim');
        const path = url.pathname.replace(/\/+$/, '') || '/';
        const q = url.searchParams;
        const method = req.method ?? 'GET';
        if (method === 'GET') {
            const fixed = await this.fixedPath(path, req);
            if (fixed !== undefined) {
                if (typeof fixed === 'object' && fixed !== null && 'contentType' in fixed) {
                    const m = fixed;
                    res.writeHead(200, { 'Content-Type': m.contentType });
                    res.end(m.body);
                }
                else
                    this.send(res, 200, fixed);
                return;
            }
        }
        const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
        const route = parseRoute(segments);
        if (!route)
            throw pathNotFound();
        const { resource: r, namespace, name, subresource } = route;
        if (subresource && !r.subresources.includes(subresource))
            throw pathNotFound();
        const warnings = [];
        const write = {
            warnings,
            dryRun: q.get('dryRun') === 'All',
            fieldValidation: q.get('fieldValidation') ?? 'Warn',
            ...(q.get('fieldManager') ? { fieldManager: q.get('fieldManager') } : {}),
            force: q.get('force') === 'true',
        };
        if (write.fieldValidation && !['Strict', 'Warn', 'Ignore'].includes(write.fieldValidation)) {
            throw badRequest(`fieldValidation must be one of Ignore, Warn, Strict; got ${write.fieldValidation}`);
        }
        const headers = () => warnings.length ? { Warning: warnings.map((w) => `299 - ${JSON.stringify(w)}`).join(', ') } : {};
        if (!name) {
            switch (method) {
                case 'GET': {
                    if (route.watch || q.get('watch') === 'true' || q.get('watch') === '1')
                        return this.watch(req, res, route, q);
                    const items = this.api.list(r, namespace, {
                        labelSelector: q.get('labelSelector') ?? undefined,
                        fieldSelector: q.get('fieldSelector') ?? undefined,
                    });
                    const rv = String(this.api.store.resourceVersion());
                    if (wantsTable(req.headers.accept))
                        return this.send(res, 200, toTable(r, items, rv, this.api.now()));
                    return this.send(res, 200, {
                        kind: `${r.kind}List`,
                        apiVersion: r.group ? `${r.group}/${r.version}` : r.version,
                        metadata: { resourceVersion: rv },
                        items: items.map(({ apiVersion: _a, kind: _k, ...rest }) => rest),
                    });
                }
                case 'POST': {
                    const created = this.api.create(r, namespace, await this.objectBody(req), write);
                    return this.send(res, 201, created, headers());
                }
                case 'DELETE': {
                    const items = this.api.list(r, namespace, {
                        labelSelector: q.get('labelSelector') ?? undefined,
                        fieldSelector: q.get('fieldSelector') ?? undefined,
                    });
                    const deleted = items.map((o) => this.api.delete(r, o.metadata.namespace, o.metadata.name, {
                        propagationPolicy: q.get('propagationPolicy') ?? undefined,
                    }));
                    return this.send(res, 200, {
                        kind: `${r.kind}List`,
                        apiVersion: r.group ? `${r.group}/${r.version}` : r.version,
                        metadata: { resourceVersion: String(this.api.store.resourceVersion()) },
                        items: deleted,
                    });
                }
                default:
                    throw methodNotAllowed();
            }
        }
        if (subresource === 'log') {
            if (method !== 'GET')
                throw methodNotAllowed();
            this.api.get(r, namespace, name);
            const text = this.hooks.logs(namespace ?? 'default', name, q.get('container') ?? undefined, q.get('previous') === 'true');
            if (text instanceof ApiError)
                throw text;
            return this.send(res, 200, tail(text, q.get('tailLines')));
        }
        if (subresource === 'scale') {
            switch (method) {
                case 'GET':
                    return this.send(res, 200, this.api.scale(this.api.get(r, namespace, name)));
                case 'PUT':
                    return this.send(res, 200, this.api.updateScale(r, namespace, name, await this.objectBody(req), write));
                case 'PATCH': {
                    const type = patchTypeOf(req.headers['content-type']);
                    const out = this.api.patch(r, namespace, name, type, await this.body(req), {
                        ...write,
                        subresource,
                    });
                    return this.send(res, 200, out);
                }
                default:
                    throw methodNotAllowed();
            }
        }
        switch (method) {
            case 'GET': {
                const o = this.api.get(r, namespace, name);
                if (wantsTable(req.headers.accept)) {
                    return this.send(res, 200, toTable(r, [o], o.metadata.resourceVersion ?? '', this.api.now()));
                }
                return this.send(res, 200, o);
            }
            case 'PUT': {
                const o = this.api.update(r, namespace, name, await this.objectBody(req), { ...write, subresource });
                return this.send(res, 200, o, headers());
            }
            case 'PATCH': {
                const type = patchTypeOf(req.headers['content-type']);
                const existed = this.api.store.get(r, r.namespaced ? (namespace ?? 'default') : undefined, name) !== undefined;
                const o = this.api.patch(r, namespace, name, type, await this.body(req), { ...write, subresource });
                return this.send(res, existed ? 200 : 201, o, headers());
            }
            case 'DELETE': {
                const text = await this.body(req);
                let opts = {};
                if (text.trim()) {
                    try {
                        opts = JSON.parse(text);
                    }
                    catch {
                        throw badRequest('the body of the request could not be decoded as DeleteOptions');
                    }
                }
                const policy = q.get('propagationPolicy') ?? opts.propagationPolicy;
                const o = this.api.delete(r, namespace, name, {
                    ...(policy ? { propagationPolicy: policy } : {}),
                    ...(opts.preconditions ? { preconditions: opts.preconditions } : {}),
                    dryRun: write.dryRun ?? false,
                });
                return this.send(res, 200, o);
            }
            default:
                throw methodNotAllowed();
        }
    }
    async fixedPath(path, req) {
        switch (path) {
            case '/version':
                return SERVER_VERSION;
            case '/healthz':
            case '/livez':
            case '/readyz':
                return 'ok';
            case '/api':
                return apiVersions(`${req.socket.localAddress}:${req.socket.localPort}`);
            case '/apis':
                return apiGroupList();
            case '/openapi/v2':
                return kubernetesOpenApi();
            case '/openapi/v3':
                return openApiV3Index();
            case '/metrics':
                return this.hooks.metrics();
            case '/sim/v1/stats':
                return this.hooks.stats(new URL(req.url ?? '/', 'http://sim').searchParams);
        }
        if (path.startsWith('/openapi/v3/'))
            return openApiV3(path.slice('/openapi/v3/'.length)) ?? undefined;
        const m = /^\/apis\/([^/]+)(?:\/([^/]+))?$/.exec(path);
        if (m) {
            if (!m[2])
                return apiGroupDoc(m[1]);
            if (groupVersions().some((gv) => gv.group === m[1] && gv.version === m[2]))
                return apiResourceList(m[1], m[2]);
        }
        if (path === '/api/v1')
            return apiResourceList('', 'v1');
        return undefined;
    }
    watch(req, res, route, q) {
        const { resource: r, namespace } = route;
        const labels = parseLabelSelector(q.get('labelSelector') ?? '');
        const fields = parseFieldSelector(q.get('fieldSelector') ?? '', r.kind);
        if (route.name)
            fields.push({ field: 'metadata.name', negate: false, value: route.name });
        const matches = (o) => (namespace === undefined || o.metadata.namespace === namespace) &&
            matchesRequirements(o.metadata.labels, labels) &&
            matchesFields(o, fields);
        const rvParam = q.get('resourceVersion');
        const sendInitial = q.get('sendInitialEvents') === 'true';
        let initial = [];
        if (!rvParam || rvParam === '0' || sendInitial) {
            initial = this.api.store
                .list(r, namespace)
                .filter(matches)
                .map((object) => ({ type: 'ADDED', object }));
        }
        else {
            const events = this.api.store.eventsSince(Number(rvParam));
            if (!events)
                throw gone(`too old resource version: ${rvParam} (${this.api.store.resourceVersion()})`);
            initial = events
                .filter((e) => e.resource === r)
                .flatMap((e) => {
                const type = watchType(e, matches);
                return type ? [{ type, object: e.object }] : [];
            });
        }
        res.writeHead(200, {
            'Content-Type': 'application/json',
            'Transfer-Encoding': 'chunked',
            'Cache-Control': 'no-cache, private',
        });
        res.flushHeaders();
        const table = wantsTable(req.headers.accept);
        const write = (e) => {
            const o = e.object;
            const object = table && e.type !== 'BOOKMARK'
                ? toTable(r, [o], o.metadata?.resourceVersion ?? '', this.api.now())
                : e.object;
            res.write(`${JSON.stringify({ type: e.type, object })}\n`);
        };
        for (const e of initial)
            write(e);
        if (sendInitial && q.get('allowWatchBookmarks') === 'true') {
            write({
                type: 'BOOKMARK',
                object: {
                    kind: r.kind,
                    apiVersion: r.group ? `${r.group}/${r.version}` : r.version,
                    metadata: {
                        resourceVersion: String(this.api.store.resourceVersion()),
                        annotations: { 'k8s.io/initial-events-end': 'true' },
                    },
                },
            });
        }
        const unsubscribe = this.api.store.subscribe((e) => {
            if (e.resource !== r)
                return;
            const type = watchType(e, matches);
            if (type)
                write({ type, object: e.object });
        });
        this.watches.add(res);
        const timeout = Number(q.get('timeoutSeconds') ?? 0);
        const timer = timeout > 0 ? setTimeout(() => res.end(), timeout * 1000) : undefined;
        const done = () => {
            unsubscribe();
            if (timer)
                clearTimeout(timer);
            this.watches.delete(res);
        };
        res.on('close', done);
        req.on('close', done);
    }
}
/** How a change looks through a filtered watch: leaving the selection is DELETED, entering it ADDED. */
function watchType(e, matches) {
    const now = matches(e.object);
    if (e.type !== 'MODIFIED')
        return now ? e.type : undefined;
    const before = e.previous ? matches(e.previous) : now;
    if (before && now)
        return 'MODIFIED';
    if (now)
        return 'ADDED';
    if (before)
        return 'DELETED';
    return undefined;
}
function tail(text, tailLines) {
    if (tailLines === null)
        return text;
    const n = Number(tailLines);
    if (!Number.isInteger(n) || n < 0)
        return text;
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines.slice(Math.max(0, lines.length - n)).join('\n') + (lines.length && n > 0 ? '\n' : '');
}

;// CONCATENATED MODULE: ./lib/sim/store.js





const HISTORY = 20_000;
/** Objects by resource, with a cluster-wide resourceVersion and a bounded event history for watches. */
class Store {
    clock;
    objects = new Map();
    rv = 1;
    history = [];
    listeners = new Set();
    sorted = new Map();
    constructor(clock) {
        this.clock = clock;
    }
    resourceVersion() {
        return this.rv;
    }
    bucket(r) {
        let m = this.objects.get(r);
        if (!m) {
            m = new Map();
            this.objects.set(r, m);
        }
        return m;
    }
    key(r, namespace, name) {
        return r.namespaced ? `${namespace ?? ''}/${name}` : name;
    }
    get(r, namespace, name) {
        const o = this.bucket(r).get(this.key(r, namespace, name));
        return o ? structuredClone(o) : undefined;
    }
    /** Read without copying: callers must not mutate. */
    peek(r, namespace, name) {
        return this.bucket(r).get(this.key(r, namespace, name));
    }
    list(r, namespace) {
        return this.peekAll(r, namespace).map((o) => structuredClone(o));
    }
    /** All objects of a resource without copying, sorted by namespace and name: callers must not mutate. */
    peekAll(r, namespace) {
        let all = this.sorted.get(r);
        if (!all) {
            // keys are `namespace/name` (or `name`), so their order is namespace then name
            all = [...this.bucket(r).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, o]) => o);
            this.sorted.set(r, all);
        }
        return namespace === undefined ? all : all.filter((o) => o.metadata.namespace === namespace);
    }
    allResources() {
        return [...this.objects.keys()];
    }
    create(r, input) {
        const o = structuredClone(input);
        const name = o.metadata.name;
        const k = this.key(r, o.metadata.namespace, name);
        if (this.bucket(r).has(k))
            throw alreadyExists(r, name);
        o.apiVersion = apiVersionOf(r);
        o.kind = r.kind;
        o.metadata.uid = (0,external_node_crypto_.randomUUID)();
        o.metadata.creationTimestamp = timestamp(this.clock.now());
        if (o.spec !== undefined || r.subresources.includes('status'))
            o.metadata.generation = 1;
        o.metadata.resourceVersion = String(++this.rv);
        this.bucket(r).set(k, o);
        this.emit({ type: 'ADDED', resource: r, object: o, rv: this.rv });
        return structuredClone(o);
    }
    /**
     * Replaces an object. A non-empty metadata.resourceVersion must match the stored one (409 otherwise).
     * Returns a copy of the stored object; when nothing changed it writes nothing, keeps the
     * resourceVersion and returns the stored object itself (callers must not mutate it).
     */
    update(r, input) {
        const name = input.metadata.name;
        const k = this.key(r, input.metadata.namespace, name);
        const current = this.bucket(r).get(k);
        if (!current)
            throw notFound(r, name);
        if (input.metadata.resourceVersion &&
            input.metadata.resourceVersion !== current.metadata.resourceVersion) {
            throw conflict(r, name);
        }
        const meta = {
            ...input.metadata,
            uid: current.metadata.uid,
            creationTimestamp: current.metadata.creationTimestamp,
            resourceVersion: current.metadata.resourceVersion,
        };
        if (current.metadata.generation !== undefined) {
            meta.generation = current.metadata.generation + ((0,external_node_util_.isDeepStrictEqual)(input.spec, current.spec) ? 0 : 1);
        }
        const candidate = { ...input, apiVersion: apiVersionOf(r), kind: r.kind, metadata: meta };
        // controllers rewrite status every tick: compare before copying so a no-op costs no clone
        if ((0,external_node_util_.isDeepStrictEqual)(candidate, current))
            return current;
        const o = structuredClone(candidate);
        o.metadata.resourceVersion = String(++this.rv);
        this.bucket(r).set(k, o);
        this.emit({ type: 'MODIFIED', resource: r, object: o, previous: current, rv: this.rv });
        return structuredClone(o);
    }
    delete(r, namespace, name) {
        const k = this.key(r, namespace, name);
        const current = this.bucket(r).get(k);
        if (!current)
            throw notFound(r, name);
        this.bucket(r).delete(k);
        const gone = structuredClone(current);
        gone.metadata.resourceVersion = String(++this.rv);
        this.emit({ type: 'DELETED', resource: r, object: gone, rv: this.rv });
        return structuredClone(gone);
    }
    emit(e) {
        this.sorted.delete(e.resource);
        this.history.push(e);
        if (this.history.length > HISTORY)
            this.history.splice(0, this.history.length - HISTORY);
        for (const l of this.listeners)
            l(e);
    }
    /** Events after resourceVersion `rv`; undefined when the history no longer reaches back that far. */
    eventsSince(rv) {
        const first = this.history[0];
        if (first && first.rv > rv + 1 && rv < this.rv)
            return undefined;
        return this.history.filter((e) => e.rv > rv);
    }
    subscribe(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
}

// EXTERNAL MODULE: ./node_modules/prom-client/index.js
var prom_client = __webpack_require__(95222);
;// CONCATENATED MODULE: ./lib/sim/stats.js
const BUCKET_MS = 250;
const KEEP_MS = 5 * 60_000;
class TrackStats {
    /** key `namespace/track` → bucket start → [requests, errors] */
    buckets = new Map();
    record(namespace, track, code, n, at) {
        if (n <= 0)
            return;
        const key = `${namespace}/${track}`;
        let series = this.buckets.get(key);
        if (!series) {
            series = new Map();
            this.buckets.set(key, series);
        }
        const start = at - (at % BUCKET_MS);
        const bucket = series.get(start) ?? [0, 0];
        bucket[0] += n;
        if (code.startsWith('5'))
            bucket[1] += n;
        series.set(start, bucket);
        for (const t of series.keys()) {
            if (t >= at - KEEP_MS)
                break;
            series.delete(t);
        }
    }
    window(namespace, track, windowMs, now) {
        let requests = 0;
        let errors = 0;
        for (const [t, [r, e]] of this.buckets.get(`${namespace}/${track}`) ?? []) {
            if (t + BUCKET_MS > now - windowMs) {
                requests += r;
                errors += e;
            }
        }
        return {
            namespace,
            track,
            windowSeconds: windowMs / 1000,
            requests,
            errors,
            errorRate: requests > 0 ? errors / requests : null,
        };
    }
}

;// CONCATENATED MODULE: ./lib/sim/traffic.js







const traffic_POD = resourceByKind('Pod');
const traffic_SVC = resourceByKind('Service');
const traffic_ROUTE = resourceByKind('HTTPRoute');
const traffic_RS = resourceByKind('ReplicaSet');
const traffic_ISVC = resourceByKind('InferenceService');
/** Service / HTTPRoute / InferenceService annotation overriding the requests per second sent through it. */
const RPS_ANNOTATION = 'sim.model-deploy.io/rps';
/** Pod labels read for the `track` metric label, first one present wins. */
const TRACK_LABELS = ['track', 'model-deploy.io/track', 'app.kubernetes.io/track'];
const POD_LABELS = ['namespace', 'pod', 'deployment', 'track'];
/** Sends simulated requests through Services, HTTPRoutes and InferenceServices and keeps per-pod metrics in a prom-client registry. */
class TrafficGenerator {
    store;
    kubelets;
    clock;
    config;
    random;
    registry = new prom_client.Registry();
    stats = new TrackStats();
    requests;
    routeRequests;
    duration;
    gpuUtil;
    fbUsed;
    restarts;
    restartsSeen = new Map();
    ready;
    carry = new Map();
    series = new Map();
    last;
    constructor(store, kubelets, clock, config, random) {
        this.store = store;
        this.kubelets = kubelets;
        this.clock = clock;
        this.config = config;
        this.random = random;
        const registers = [this.registry];
        this.requests = new prom_client.Counter({
            name: 'model_requests_total',
            help: 'Inference requests served by a model pod, by HTTP status code.',
            labelNames: [...POD_LABELS, 'code'],
            registers,
        });
        this.routeRequests = new prom_client.Counter({
            name: 'model_route_requests_total',
            help: 'Requests sent through an HTTPRoute backendRef (code 503 when the backend has no ready pod).',
            labelNames: ['namespace', 'route', 'backend', 'code'],
            registers,
        });
        this.duration = new prom_client.Histogram({
            name: 'model_request_duration_seconds',
            help: 'Inference request latency.',
            labelNames: [...POD_LABELS],
            buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
            registers,
        });
        const gpuLabels = [...POD_LABELS, 'container', 'gpu', 'UUID', 'device', 'modelName', 'Hostname'];
        this.gpuUtil = new prom_client.Gauge({
            name: 'DCGM_FI_DEV_GPU_UTIL',
            help: 'GPU utilization (in %).',
            labelNames: gpuLabels,
            registers,
        });
        this.fbUsed = new prom_client.Gauge({
            name: 'DCGM_FI_DEV_FB_USED',
            help: 'Framebuffer memory used (in MiB).',
            labelNames: gpuLabels,
            registers,
        });
        this.restarts = new prom_client.Counter({
            name: 'kube_pod_container_status_restarts_total',
            help: 'The number of container restarts per container.',
            labelNames: [...POD_LABELS, 'container'],
            registers,
        });
        this.ready = new prom_client.Gauge({
            name: 'kube_pod_status_ready',
            help: 'Describes whether the pod is ready to serve requests.',
            labelNames: [...POD_LABELS, 'condition'],
            registers,
        });
    }
    async metrics() {
        return { contentType: this.registry.contentType, body: await this.registry.metrics() };
    }
    deploymentOf(pod) {
        const rsUid = controllerOf(pod);
        if (!rsUid)
            return '';
        const rs = this.store.peekAll(traffic_RS, pod.metadata.namespace).find((r) => r.metadata.uid === rsUid);
        return rs?.metadata.ownerReferences?.find((r) => r.controller && r.kind === 'Deployment')?.name ?? '';
    }
    labelsOf(pod) {
        const l = pod.metadata.labels ?? {};
        const track = TRACK_LABELS.map((k) => l[k]).find((v) => v !== undefined) ?? '';
        return {
            namespace: pod.metadata.namespace ?? '',
            pod: pod.metadata.name ?? '',
            deployment: this.deploymentOf(pod),
            track,
        };
    }
    rps(o) {
        const a = Number(o.metadata.annotations?.[RPS_ANNOTATION]);
        return Number.isFinite(a) && a >= 0 && o.metadata.annotations?.[RPS_ANNOTATION] !== undefined
            ? a
            : this.config.traffic.rps;
    }
    readyPods(svc, pods) {
        return pods.filter((p) => p.metadata.namespace === svc.metadata.namespace &&
            !p.metadata.deletionTimestamp &&
            podReady(p) &&
            matchesMap(p.metadata.labels, svc.spec?.selector));
    }
    tick() {
        const now = this.clock.now();
        const dt = this.last === undefined ? 0 : Math.min(Math.max(0, now - this.last), 60_000) / 1000;
        this.last = now;
        const pods = this.store.peekAll(traffic_POD);
        const services = this.store.peekAll(traffic_SVC);
        const routes = this.store.peekAll(traffic_ROUTE);
        const perPod = new Map();
        const send = (pod, rate) => perPod.set(pod.metadata.uid, (perPod.get(pod.metadata.uid) ?? 0) + rate);
        const routed = new Set();
        for (const route of routes) {
            const rules = route.spec?.rules ?? [];
            const total = this.rps(route);
            const perRule = rules.length ? total / rules.length : 0;
            for (const rule of rules) {
                const refs = (rule.backendRefs ?? []).filter((b) => (b.kind ?? 'Service') === 'Service');
                const weightSum = refs.reduce((a, b) => a + (b.weight ?? 1), 0);
                for (const ref of refs) {
                    const ns = ref.namespace ?? route.metadata.namespace;
                    routed.add(`${ns}/${ref.name}`);
                    if (!weightSum)
                        continue;
                    const rate = (perRule * (ref.weight ?? 1)) / weightSum;
                    const svc = services.find((s) => s.metadata.namespace === ns && s.metadata.name === ref.name);
                    const backends = svc ? this.readyPods(svc, pods) : [];
                    if (!backends.length) {
                        const n = this.whole(`route/${ns}/${route.metadata.name}/${ref.name}`, rate * dt);
                        if (n)
                            this.routeRequests.inc({ namespace: ns ?? '', route: route.metadata.name ?? '', backend: ref.name, code: '503' }, n);
                        continue;
                    }
                    const n = this.whole(`route/${ns}/${route.metadata.name}/${ref.name}/ok`, rate * dt);
                    if (n)
                        this.routeRequests.inc({ namespace: ns ?? '', route: route.metadata.name ?? '', backend: ref.name, code: '200' }, n);
                    for (const p of backends)
                        send(p, rate / backends.length);
                }
            }
        }
        for (const isvc of this.store.peekAll(traffic_ISVC)) {
            const total = this.rps(isvc);
            for (const revision of predictorTraffic(isvc, pods)) {
                const rate = (total * revision.percent) / 100;
                for (const p of revision.pods)
                    send(p, rate / revision.pods.length);
            }
        }
        for (const svc of services) {
            if (routed.has(`${svc.metadata.namespace}/${svc.metadata.name}`))
                continue;
            const backends = this.readyPods(svc, pods);
            const rate = this.rps(svc);
            for (const p of backends)
                send(p, rate / backends.length);
        }
        const alive = new Set();
        for (const pod of pods) {
            const uid = pod.metadata.uid;
            const rt = this.kubelets.runtime(uid);
            if (!rt || !pod.spec?.nodeName)
                continue;
            alive.add(uid);
            const series = this.seriesFor(pod);
            const profile = rt[0]?.profile;
            const rate = perPod.get(uid) ?? 0;
            const n = this.whole(uid, rate * dt);
            if (profile && n > 0) {
                const p50 = profile.latency?.p50 ?? 50;
                const p99 = profile.latency?.p99 ?? 200;
                let errors = 0;
                for (let i = 0; i < n; i++) {
                    if (this.random() < profile.errorRate)
                        errors++;
                    this.duration.observe(series.labels, lognormalMs(this.random, p50, p99) / 1000);
                }
                if (n - errors)
                    this.inc(series, '200', n - errors);
                if (errors)
                    this.inc(series, '500', errors);
            }
            this.gpuGauges(pod, series, rt, rate);
            const statuses = pod.status?.containerStatuses ?? [];
            for (const s of statuses) {
                const key = `${uid}/${s.name}`;
                const seen = this.restartsSeen.get(key);
                const count = s.restartCount ?? 0;
                if (seen === undefined || count > seen)
                    this.restarts.inc({ ...series.labels, container: s.name }, count - (seen ?? 0));
                this.restartsSeen.set(key, count);
            }
            const ready = podReady(pod);
            this.ready.set({ ...series.labels, condition: 'true' }, ready ? 1 : 0);
            this.ready.set({ ...series.labels, condition: 'false' }, ready ? 0 : 1);
        }
        for (const [uid, s] of this.series)
            if (!alive.has(uid))
                this.drop(uid, s);
    }
    /** Whole requests for a fractional rate, carrying the remainder to the next tick. */
    whole(key, amount) {
        const total = (this.carry.get(key) ?? 0) + amount;
        const n = Math.floor(total);
        this.carry.set(key, total - n);
        return n;
    }
    inc(series, code, n) {
        series.codes.add(code);
        this.requests.inc({ ...series.labels, code }, n);
        this.stats.record(series.labels.namespace, series.labels.track, code, n, this.clock.now());
    }
    seriesFor(pod) {
        const uid = pod.metadata.uid;
        let s = this.series.get(uid);
        if (!s) {
            const node = this.store.peek(resourceByKind('Node'), undefined, pod.spec.nodeName);
            const gpus = [];
            for (const c of pod.spec?.containers ?? []) {
                const lim = { ...(c.resources?.requests ?? {}), ...(c.resources?.limits ?? {}) };
                for (const [k, v] of Object.entries(lim)) {
                    if (k === 'nvidia.com/gpu' || k.startsWith('nvidia.com/mig-'))
                        for (let i = 0; i < Number(v); i++)
                            gpus.push(`${gpus.length}`);
                }
            }
            s = {
                labels: this.labelsOf(pod),
                codes: new Set(),
                gpus,
                node: pod.spec.nodeName,
                product: node?.metadata.labels?.['nvidia.com/gpu.product'] ?? 'NVIDIA-A100-SXM4-80GB',
                containers: (pod.spec?.containers ?? []).map((c) => c.name),
            };
            this.series.set(uid, s);
        }
        return s;
    }
    gpuGauges(pod, s, rt, rate) {
        const c = rt[0];
        if (!c || !s.gpus.length)
            return;
        const mem = c.profile.gpuMemoryMiB ?? 20_480;
        const util = c.profile.gpuUtil ?? Math.min(95, 5 + rate * 2);
        for (const gpu of s.gpus) {
            const labels = {
                ...s.labels,
                container: s.containers[0] ?? '',
                gpu,
                UUID: `GPU-${pod.metadata.uid?.slice(0, 8)}-${gpu}`,
                device: `nvidia${gpu}`,
                modelName: s.product,
                Hostname: s.node,
            };
            this.fbUsed.set(labels, c.running ? Math.round(mem * c.loadedFraction) : 0);
            this.gpuUtil.set(labels, c.running && c.loadedFraction >= 1 ? Math.round(util) : 0);
        }
    }
    drop(uid, s) {
        for (const code of s.codes)
            this.requests.remove({ ...s.labels, code });
        this.duration.remove(s.labels);
        for (const gpu of s.gpus) {
            const labels = {
                ...s.labels,
                container: s.containers[0] ?? '',
                gpu,
                UUID: `GPU-${uid.slice(0, 8)}-${gpu}`,
                device: `nvidia${gpu}`,
                modelName: s.product,
                Hostname: s.node,
            };
            this.gpuUtil.remove(labels);
            this.fbUsed.remove(labels);
        }
        for (const c of s.containers) {
            this.restarts.remove({ ...s.labels, container: c });
            this.restartsSeen.delete(`${uid}/${c}`);
        }
        this.ready.remove({ ...s.labels, condition: 'true' });
        this.ready.remove({ ...s.labels, condition: 'false' });
        this.series.delete(uid);
        this.carry.delete(uid);
    }
}

;// CONCATENATED MODULE: ./lib/sim/cluster.js




















const cluster_POD = resourceByKind('Pod');
const NODE = resourceByKind('Node');
const NS = resourceByKind('Namespace');
const cluster_EVENT = resourceByKind('Event');
const SERVICE = resourceByKind('Service');
/** Like the apiserver's --event-ttl default. */
const EVENT_TTL_MS = 3_600_000;
/** Starts the simulated cluster in-process: API server on 127.0.0.1, controllers, kubelets and traffic. */
async function startSimCluster(options = {}) {
    const config = isParsed(options.config) ? options.config : (0,sim_config/* parseSimConfig */.Be)(options.config ?? {});
    const clock = options.clock ?? realClock;
    const random = seededRandom(config.seed);
    const store = new Store(clock);
    const api = new ClusterApi(store, clock, random);
    const events = new EventRecorder(store, clock);
    const images = new ImageCatalog({
        ...(config.registry ? { registry: config.registry } : {}),
        ...(config.ociLayout ? { ociLayout: config.ociLayout } : {}),
    }, () => clock.now());
    const kubelets = new Kubelets(api, clock, events, images, config);
    const traffic = new TrafficGenerator(store, kubelets, clock, config, seededRandom(config.seed + 1));
    for (const ns of new Set([
        'default',
        'kube-system',
        'kube-public',
        'kube-node-lease',
        ...config.namespaces,
    ])) {
        api.create(NS, undefined, { metadata: { name: ns } });
    }
    api.create(SERVICE, 'default', {
        metadata: { name: 'kubernetes', labels: { component: 'apiserver', provider: 'kubernetes' } },
        spec: {
            ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
            clusterIP: '10.96.0.1',
            clusterIPs: ['10.96.0.1'],
        },
    });
    if (!options.noNodePools) {
        config.nodePools.forEach((pool, i) => {
            for (const node of poolNodes(pool, i, clock.now()))
                api.create(NODE, undefined, node);
        });
    }
    for (const o of options.initialObjects ?? []) {
        const r = resourceByKind(o.kind ?? '');
        if (!r)
            continue;
        if (r.namespaced && o.metadata.namespace && !store.peek(NS, undefined, o.metadata.namespace)) {
            api.create(NS, undefined, { metadata: { name: o.metadata.namespace } });
        }
        const created = store.create(r, o);
        if (r === cluster_POD && o.status)
            store.update(cluster_POD, { ...created, status: o.status });
    }
    const lastUnschedulable = new Map();
    const scheduleTick = () => {
        const nodes = store.peekAll(NODE);
        const pods = store.peekAll(cluster_POD);
        const bound = pods.filter((p) => p.spec?.nodeName);
        for (const pod of pods) {
            if (pod.spec?.nodeName || pod.metadata.deletionTimestamp)
                continue;
            if (pod.spec?.schedulerName && pod.spec.schedulerName !== 'default-scheduler')
                continue;
            const result = schedule(pod, nodes, bound);
            const now = clock.now();
            const copy = structuredClone(pod);
            const conds = (copy.status?.conditions ?? []).filter((c) => c.type !== 'PodScheduled');
            if (result.node) {
                copy.spec.nodeName = result.node;
                copy.status = {
                    ...copy.status,
                    conditions: [
                        ...conds,
                        { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: timestamp(now) },
                    ],
                };
                const saved = store.update(cluster_POD, copy);
                bound.push(saved);
                lastUnschedulable.delete(pod.metadata.uid);
                events.record(saved, 'Normal', 'Scheduled', `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${result.node}`, {
                    component: 'default-scheduler',
                });
                continue;
            }
            const message = result.message ?? '';
            const prev = lastUnschedulable.get(pod.metadata.uid);
            if (prev && prev.message === message && now - prev.at < 10_000)
                continue;
            lastUnschedulable.set(pod.metadata.uid, { message, at: now });
            copy.status = {
                ...copy.status,
                phase: 'Pending',
                conditions: [
                    ...conds,
                    {
                        type: 'PodScheduled',
                        status: 'False',
                        reason: 'Unschedulable',
                        message,
                        lastProbeTime: null,
                        lastTransitionTime: timestamp(now),
                    },
                ],
            };
            const saved = store.update(cluster_POD, copy);
            events.record(saved, 'Warning', 'FailedScheduling', message, { component: 'default-scheduler' });
        }
    };
    let lastEventSweep = clock.now();
    const sweepEvents = () => {
        const now = clock.now();
        if (now - lastEventSweep < 10_000)
            return;
        lastEventSweep = now;
        for (const e of store.peekAll(cluster_EVENT)) {
            const last = Date.parse(e.lastTimestamp ?? e.metadata.creationTimestamp ?? '');
            if (now - last > EVENT_TTL_MS)
                store.delete(cluster_EVENT, e.metadata.namespace, e.metadata.name);
        }
    };
    const tick = () => {
        reconcileDeployments(api, clock, events);
        reconcileReplicaSets(api, clock, events);
        scheduleTick();
        kubelets.tick();
        reconcileReplicaSets(api, clock, events);
        reconcileDeployments(api, clock, events);
        api.collectGarbage();
        reconcileHttpRoutes(store, clock);
        reconcileInferenceServices(store);
        traffic.tick();
        sweepEvents();
    };
    const server = new SimServer(api, {
        logs: (ns, pod, container, previous) => {
            const out = kubelets.logs(ns, pod, container, previous);
            if (out === undefined)
                return new ApiError(404, 'NotFound', `pods "${pod}" not found`, { name: pod, kind: 'pods' });
            if (typeof out === 'object')
                return new ApiError(400, 'BadRequest', out.error);
            return out;
        },
        metrics: () => traffic.metrics(),
        stats: (q) => traffic.stats.window(q.get('namespace') ?? 'default', q.get('track') ?? 'canary', (0,units/* parseDuration */.E9)(q.get('window') ?? '30s') ?? 30_000, clock.now()),
    });
    const url = await server.listen(options.port ?? 0, options.host ?? '127.0.0.1');
    if (options.kubeconfigPath)
        writeKubeconfig(options.kubeconfigPath, url);
    const manual = clock instanceof ManualClock;
    let timer;
    const errors = [];
    if (!manual) {
        timer = setInterval(() => {
            try {
                tick();
            }
            catch (error) {
                const text = error.stack ?? String(error);
                if (errors.length < 100)
                    errors.push(text);
                process.emitWarning(`simulated cluster tick failed: ${text}`);
            }
        }, config.tick);
        timer.unref();
    }
    tick();
    return {
        url,
        ...(options.kubeconfigPath ? { kubeconfigPath: options.kubeconfigPath } : {}),
        config,
        api,
        clock,
        traffic,
        errors,
        tick,
        advance(ms) {
            if (!(clock instanceof ManualClock))
                throw new Error('advance() needs the simulator started with a ManualClock');
            let left = ms;
            while (left > 0) {
                const step = Math.min(left, config.tick);
                clock.advance(step);
                tick();
                left -= step;
            }
        },
        async close() {
            if (timer)
                clearInterval(timer);
            await server.close();
        },
    };
}
function isParsed(c) {
    return (!!c &&
        typeof c === 'object' &&
        'kubelet' in c &&
        'traffic' in c &&
        Array.isArray(c.faultProfiles) &&
        typeof c.tick === 'number' &&
        typeof c.kubelet.backoffBase === 'number');
}


/***/ }),

/***/ 12521:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ parseSimConfig),
/* harmony export */   gc: () => (/* binding */ loadSimConfig)
/* harmony export */ });
/* unused harmony exports simConfigSchema, DEFAULT_NODE_POOLS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(88532);
/* harmony import */ var _config_positions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16370);
/* harmony import */ var _config_strict_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(34065);
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17361);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(452);








const rate = () => zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()]).transform((v, ctx) => {
    const n = typeof v === 'number' ? v : /%\s*$/.test(v) ? Number(v.replace('%', '').trim()) / 100 : Number(v);
    if (!Number.isFinite(n) || n < 0 || n > 1) {
        ctx.addIssue({
            code: 'custom',
            message: `invalid rate ${JSON.stringify(v)}: use a fraction 0..1 (0.05) or a percentage (5%)`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_7__/* .NEVER */ .tm;
    }
    return n;
});
const taint = (0,_config_strict_js__WEBPACK_IMPORTED_MODULE_8__/* .strictObject */ .re)({
    key: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1),
    value: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    effect: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(['NoSchedule', 'PreferNoSchedule', 'NoExecute']),
});
const nodePool = (0,_config_strict_js__WEBPACK_IMPORTED_MODULE_8__/* .strictObject */ .re)({
    name: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()
        .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a DNS-1123 label (node names are <name>-<n>)'),
    count: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().min(0).default(1),
    gpus: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().min(0).default(8).describe('whole GPUs per node (nvidia.com/gpu)'),
    product: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().default('NVIDIA-A100-SXM4-80GB').describe('nvidia.com/gpu.product'),
    gpuMemoryMiB: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().min(0).default(81920),
    mig: zod__WEBPACK_IMPORTED_MODULE_6__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().regex(/^\d+g\.\d+gb$/, 'MIG profile like 1g.10gb'), zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().min(0))
        .default({})
        .describe('MIG devices per node by profile, e.g. {1g.10gb: 7}: resources nvidia.com/mig-<profile>'),
    cpu: (0,_config_units_js__WEBPACK_IMPORTED_MODULE_4__/* .quantity */ .au)().default(96),
    memory: (0,_config_units_js__WEBPACK_IMPORTED_MODULE_4__/* .quantity */ .au)().default(2 ** 40),
    pods: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().min(1).default(110),
    labels: zod__WEBPACK_IMPORTED_MODULE_6__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()).default({}),
    taints: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(taint).default([]),
    unschedulable: zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY().default(false),
});
const latency = (0,_config_strict_js__WEBPACK_IMPORTED_MODULE_8__/* .strictObject */ .re)({
    p50: (0,_config_units_js__WEBPACK_IMPORTED_MODULE_4__/* .duration */ .p0)().default(50),
    p99: (0,_config_units_js__WEBPACK_IMPORTED_MODULE_4__/* .duration */ .p0)().default(200),
});
const faultProfile = (0,_config_strict_js__WEBPACK_IMPORTED_MODULE_8__/* .strictObject */ .re)({
    name: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1),
    match: (0,_config_strict_js__WEBPACK_IMPORTED_MODULE_8__/* .strictObject */ .re)({
        image: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional().describe('image reference, exact or glob (registry/model:*-rc*)'),
        annotation: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()
            .optional()
            .describe('value of the pod annotation sim.model-deploy.io/fault-profile'),
    }).default({}),
    pullError: zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY().default(false),
    startup: (0,_config_units_js__WEBPACK_IMPORTED_MODULE_4__/* .duration */ .p0)().optional().describe('model load time before Ready'),
    crashAfter: (0,_config_units_js__WEBPACK_IMPORTED_MODULE_4__/* .duration */ .p0)()
        .optional()
        .describe('the container exits with crashExitCode this long after each start'),
    crashExitCode: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().min(1).max(255).default(1),
    oomAfter: (0,_config_units_js__WEBPACK_IMPORTED_MODULE_4__/* .duration */ .p0)()
        .optional()
        .describe('the container is OOMKilled (exit 137) this long after each start'),
    readinessFailure: zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY().default(false).describe('runs but never becomes Ready'),
    errorRate: rate().default(0).describe('fraction of requests answered 5xx'),
    latency: latency.optional(),
    gpuMemoryMiB: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().min(0).optional(),
    gpuUtil: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().min(0).max(100).optional(),
});
const simConfigSchema = (0,_config_strict_js__WEBPACK_IMPORTED_MODULE_8__/* .strictObject */ .re)({
    seed: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().default(1),
    tick: (0,_config_units_js__WEBPACK_IMPORTED_MODULE_4__/* .duration */ .p0)().default(200).describe('controller interval'),
    nodePools: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(nodePool).default([]),
    registry: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().url().optional().describe('images must exist in this registry (distribution API)'),
    ociLayout: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional().describe('images must exist in this OCI image layout directory'),
    kubelet: (0,_config_strict_js__WEBPACK_IMPORTED_MODULE_8__/* .strictObject */ .re)({
        startup: (0,_config_units_js__WEBPACK_IMPORTED_MODULE_4__/* .duration */ .p0)().default(2000),
        pull: (0,_config_units_js__WEBPACK_IMPORTED_MODULE_4__/* .duration */ .p0)().default(500),
        backoffBase: (0,_config_units_js__WEBPACK_IMPORTED_MODULE_4__/* .duration */ .p0)().default(10_000),
        backoffMax: (0,_config_units_js__WEBPACK_IMPORTED_MODULE_4__/* .duration */ .p0)().default(300_000),
    }).default({ startup: 2000, pull: 500, backoffBase: 10_000, backoffMax: 300_000 }),
    traffic: (0,_config_strict_js__WEBPACK_IMPORTED_MODULE_8__/* .strictObject */ .re)({
        rps: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().min(0).default(20).describe('requests per second through each Service and HTTPRoute'),
    }).default({ rps: 20 }),
    faultProfiles: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(faultProfile).default([]),
    namespaces: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()).default(['default']),
});
/** Four nodes with eight 80 GB A100s each, and one with MIG slices: a small GPU cluster. */
const DEFAULT_NODE_POOLS = [
    { name: 'gpu-a100', count: 4, gpus: 8, product: 'NVIDIA-A100-SXM4-80GB' },
];
function parseSimConfig(input, file = 'sim.yaml') {
    const parsed = simConfigSchema.safeParse(input ?? {});
    if (!parsed.success) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(parsed.error.issues.map((i) => ({
            path: (0,_config_positions_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPath */ .j)(i.path.filter((p) => typeof p !== 'symbol')),
            message: i.message,
            file,
        })));
    }
    const config = parsed.data;
    if (config.nodePools.length === 0)
        config.nodePools = simConfigSchema.shape.nodePools.parse(DEFAULT_NODE_POOLS);
    const names = new Set();
    config.faultProfiles.forEach((p, i) => {
        if (names.has(p.name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL([
                { path: `faultProfiles[${i}].name`, message: `duplicate profile name "${p.name}"`, file },
            ]);
        names.add(p.name);
    });
    return config;
}
/** Reads sim.yaml; every problem is reported with file:line:col. */
function loadSimConfig(path, cwd) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot read simulator config ${path}: ${error.message}`, {
            cause: error,
        });
    }
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { lineCounter: counter, prettyErrors: false });
    if (doc.errors.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(doc.errors.map((e) => ({
            path: '',
            message: `YAML syntax: ${e.message.split('\n')[0]}`,
            file: path,
            ...counter.linePos(e.pos[0]),
        })));
    }
    try {
        return { config: parseSimConfig(doc.toJS(), path), dir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(file, '..') };
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL))
            throw error;
        const issues = error.issues.map((i) => {
            const segs = i.path
                .split(/\.|\[(\d+)\]/)
                .filter((s) => s !== undefined && s !== '')
                .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
            return { ...i, ...(0,_config_positions_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .d)(doc, counter, segs) };
        });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(issues);
    }
}


/***/ })

};
