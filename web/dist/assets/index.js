var nn,F,pi,$e,Ct,fi,hi,Dn,hn,je,mi,ht,jn,Kn,_i,En={},bn=[],lr=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,tn=Array.isArray;function ve(e,n){for(var t in n)e[t]=n[t];return e}function mt(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function we(e,n,t){var i,o,a,l={};for(a in n)a=="key"?i=n[a]:a=="ref"?o=n[a]:l[a]=n[a];if(arguments.length>2&&(l.children=arguments.length>3?nn.call(arguments,2):t),typeof e=="function"&&e.defaultProps!=null)for(a in e.defaultProps)l[a]===void 0&&(l[a]=e.defaultProps[a]);return Ke(e,l,i,o,null)}function Ke(e,n,t,i,o){var a={type:e,props:n,key:t,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++pi,__i:-1,__u:0};return o==null&&F.vnode!=null&&F.vnode(a),a}function M(e){return e.children}function mn(e,n){this.props=e,this.context=n}function Te(e,n){if(n==null)return e.__?Te(e.__,e.__i+1):null;for(var t;n<e.__k.length;n++)if((t=e.__k[n])!=null&&t.__e!=null)return t.__e;return typeof e.type=="function"?Te(e):null}function cr(e){if(e.__P&&e.__d){var n=e.__v,t=n.__e,i=[],o=[],a=ve({},n);a.__v=n.__v+1,F.vnode&&F.vnode(a),_t(e.__P,a,n,e.__n,e.__P.namespaceURI,32&n.__u?[t]:null,i,t??Te(n),!!(32&n.__u),o),a.__v=n.__v,a.__.__k[a.__i]=a,Si(i,a,o),n.__e=n.__=null,a.__e!=t&&yi(a)}}function yi(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(n){if(n!=null&&n.__e!=null)return e.__e=e.__c.base=n.__e}),yi(e)}function Jn(e){(!e.__d&&(e.__d=!0)&&$e.push(e)&&!$n.__r++||Ct!=F.debounceRendering)&&((Ct=F.debounceRendering)||fi)($n)}function $n(){try{for(var e,n=1;$e.length;)$e.length>n&&$e.sort(hi),e=$e.shift(),n=$e.length,cr(e)}finally{$e.length=$n.__r=0}}function vi(e,n,t,i,o,a,l,s,u,g,d){var p,c,f,m,_,v,h=i&&i.__k||bn,E=n.length;for(u=ur(t,n,h,u,E),p=0;p<E;p++)(f=t.__k[p])!=null&&(c=f.__i!=-1&&h[f.__i]||En,f.__i=p,v=_t(e,f,c,o,a,l,s,u,g,d),m=f.__e,f.ref&&c.ref!=f.ref&&(c.ref&&yt(c.ref,null,f),d.push(f.ref,f.__c||m,f)),_==null&&m!=null&&(_=m),4&f.__u?(u=Ei(f,u,e),c.__e&&(c.__e=null)):typeof f.type=="function"&&v!==void 0?u=v:m&&(u=m.nextSibling),f.__u&=-7);return t.__e=_,u}function ur(e,n,t,i,o){var a,l,s,u,g,d=t.length,p=d,c=0;for(e.__k=new Array(o),a=0;a<o;a++)(l=n[a])!=null&&typeof l!="boolean"&&typeof l!="function"?(typeof l=="string"||typeof l=="number"||typeof l=="bigint"||l.constructor==String?l=e.__k[a]=Ke(null,l,null,null,null):tn(l)?l=e.__k[a]=Ke(M,{children:l},null,null,null):l.constructor===void 0&&l.__b>0?l=e.__k[a]=Ke(l.type,l.props,l.key,l.ref?l.ref:null,l.__v):e.__k[a]=l,u=a+c,l.__=e,l.__b=e.__b+1,s=null,(g=l.__i=dr(l,t,u,p))!=-1&&(p--,(s=t[g])&&(s.__u|=2)),s==null||s.__v==null?(g==-1&&(o>d?c--:o<d&&c++),typeof l.type!="function"&&(l.__u|=4)):g!=u&&(g==u-1?c--:g==u+1?c++:(g>u?c--:c++,l.__u|=4))):e.__k[a]=null;if(p)for(a=0;a<d;a++)(s=t[a])!=null&&(2&s.__u)==0&&(s.__e==i&&(i=Te(s)),wi(s,s));return i}function Ei(e,n,t){var i,o;if(typeof e.type=="function"){for(i=e.__k,o=0;i&&o<i.length;o++)i[o]&&(i[o].__=e,n=Ei(i[o],n,t));return n}e.__e!=n&&(n&&e.type&&!n.parentNode&&(n=Te(e)),n=t.insertBefore(e.__e,n||null));do n=n&&n.nextSibling;while(n!=null&&n.nodeType==8);return n}function bi(e,n){return n=n||[],e==null||typeof e=="boolean"||(tn(e)?e.some(function(t){bi(t,n)}):n.push(e)),n}function dr(e,n,t,i){var o,a,l,s=e.key,u=e.type,g=n[t],d=g!=null&&(2&g.__u)==0;if(g===null&&s==null||d&&s==g.key&&u==g.type)return t;if(i>(d?1:0)){for(o=t-1,a=t+1;o>=0||a<n.length;)if((g=n[l=o>=0?o--:a++])!=null&&(2&g.__u)==0&&s==g.key&&u==g.type)return l}return-1}function Ot(e,n,t){n[0]=="-"?e.setProperty(n,t??""):e[n]=t==null?"":typeof t!="number"||lr.test(n)?t:t+"px"}function sn(e,n,t,i,o){var a,l;e:if(n=="style")if(typeof t=="string")e.style.cssText=t;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(n in i)t&&n in t||Ot(e.style,n,"");if(t)for(n in t)i&&t[n]==i[n]||Ot(e.style,n,t[n])}else if(n[0]=="o"&&n[1]=="n")a=n!=(n=n.replace(mi,"$1")),l=n.toLowerCase(),n=l in e||n=="onFocusOut"||n=="onFocusIn"?l.slice(2):n.slice(2),e.l||(e.l={}),e.l[n+a]=t,t?i?t[je]=i[je]:(t[je]=ht,e.addEventListener(n,a?Kn:jn,a)):e.removeEventListener(n,a?Kn:jn,a);else{if(o=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in e)try{e[n]=t??"";break e}catch{}typeof t=="function"||(t==null||t===!1&&n[4]!="-"?e.removeAttribute(n):e.setAttribute(n,n=="popover"&&t==1?"":t))}}function Rt(e){return function(n){if(this.l){var t=this.l[n.type+e];if(n[hn]==null)n[hn]=ht++;else if(n[hn]<t[je])return;return t(F.event?F.event(n):n)}}}function _t(e,n,t,i,o,a,l,s,u,g){var d,p,c,f,m,_,v,h,E,$,I,T,O,P,C,b,R=n.type;if(n.constructor!==void 0)return null;128&t.__u&&(u=!!(32&t.__u),a=[s=n.__e=t.__e]),(d=F.__b)&&d(n);e:if(typeof R=="function"){p=l.length;try{if(E=n.props,$=R.prototype&&R.prototype.render,I=(d=R.contextType)&&i[d.__c],T=d?I?I.props.value:d.__:i,t.__c?h=(c=n.__c=t.__c).__=c.__E:($?n.__c=c=new R(E,T):(n.__c=c=new mn(E,T),c.constructor=R,c.render=pr),I&&I.sub(c),c.state||(c.state={}),c.__n=i,f=c.__d=!0,c.__h=[],c._sb=[]),$&&c.__s==null&&(c.__s=c.state),$&&R.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=ve({},c.__s)),ve(c.__s,R.getDerivedStateFromProps(E,c.__s))),m=c.props,_=c.state,c.__v=n,f)$&&R.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),$&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if($&&R.getDerivedStateFromProps==null&&E!==m&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(E,T),n.__v==t.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(E,c.__s,T)===!1){n.__v!=t.__v&&(c.props=E,c.state=c.__s,c.__d=!1),n.__e=t.__e,n.__k=t.__k,n.__k.some(function(N){N&&(N.__=n)}),bn.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&l.push(c),s=Te(t);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(E,c.__s,T),$&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(m,_,v)})}if(c.context=T,c.props=E,c.__P=e,c.__e=!1,O=F.__r,P=0,$)c.state=c.__s,c.__d=!1,O&&O(n),d=c.render(c.props,c.state,c.context),bn.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,O&&O(n),d=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++P<25);c.state=c.__s,c.getChildContext!=null&&(i=ve(ve({},i),c.getChildContext())),$&&!f&&c.getSnapshotBeforeUpdate!=null&&(v=c.getSnapshotBeforeUpdate(m,_)),C=d!=null&&d.type===M&&d.key==null?Ii(d.props.children):d,s=vi(e,tn(C)?C:[C],n,t,i,o,a,l,s,u,g),c.base=n.__e,n.__u&=-161,c.__h.length&&l.push(c),h&&(c.__E=c.__=null)}catch(N){if(l.length=p,n.__v=null,u||a!=null){if(N.then){for(n.__u|=u?160:128;s&&s.nodeType==8&&s.nextSibling;)s=s.nextSibling;a!=null&&(a[a.indexOf(s)]=null),n.__e=s}else if(a!=null)for(b=a.length;b--;)mt(a[b])}else n.__e=t.__e;n.__k==null&&(n.__k=t.__k||[]),N.then||$i(n),F.__e(N,n,t)}}else a==null&&n.__v==t.__v?(n.__k=t.__k,n.__e=t.__e):s=n.__e=gr(t.__e,n,t,i,o,a,l,u,g);return(d=F.diffed)&&d(n),128&n.__u?void 0:s}function $i(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some($i))}function Si(e,n,t){for(var i=0;i<t.length;i++)yt(t[i],t[++i],t[++i]);F.__c&&F.__c(n,e),e.some(function(o){try{e=o.__h,o.__h=[],e.some(function(a){a.call(o)})}catch(a){F.__e(a,o.__v)}})}function Ii(e){return typeof e!="object"||e==null||e.__b>0?e:tn(e)?e.map(Ii):e.constructor!==void 0?null:ve({},e)}function gr(e,n,t,i,o,a,l,s,u){var g,d,p,c,f,m,_,v=t.props||En,h=n.props,E=n.type;if(E=="svg"?o="http://www.w3.org/2000/svg":E=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),a!=null){for(g=0;g<a.length;g++)if((f=a[g])&&"setAttribute"in f==!!E&&(E?f.localName==E:f.nodeType==3)){e=f,a[g]=null;break}}if(e==null){if(E==null)return document.createTextNode(h);e=document.createElementNS(o,E,h.is&&h),s&&(F.__m&&F.__m(n,a),s=!1),a=null}if(E==null)v===h||s&&e.data==h||(e.data=h);else{if(a=E=="textarea"&&h.defaultValue!=null?null:a&&nn.call(e.childNodes),!s&&a!=null)for(v={},g=0;g<e.attributes.length;g++)v[(f=e.attributes[g]).name]=f.value;for(g in v)f=v[g],g=="dangerouslySetInnerHTML"?p=f:g=="children"||g in h||g=="value"&&"defaultValue"in h||g=="checked"&&"defaultChecked"in h||sn(e,g,null,f,o);for(g in h)f=h[g],g=="children"?c=f:g=="dangerouslySetInnerHTML"?d=f:g=="value"?m=f:g=="checked"?_=f:s&&typeof f!="function"||v[g]===f||sn(e,g,f,v[g],o);if(d)s||p&&(d.__html==p.__html||d.__html==e.innerHTML)||(e.innerHTML=d.__html),n.__k=[];else if(p&&(e.innerHTML=""),vi(n.type=="template"?e.content:e,tn(c)?c:[c],n,t,i,E=="foreignObject"?"http://www.w3.org/1999/xhtml":o,a,l,a?a[0]:t.__k&&Te(t,0),s,u),a!=null)for(g=a.length;g--;)mt(a[g]);s&&E!="textarea"||(g="value",E=="progress"&&m==null?e.removeAttribute("value"):m!=null&&(m!==e[g]||E=="progress"&&!m||E=="option"&&m!=v[g])&&sn(e,g,m,v[g],o),g="checked",_!=null&&_!=e[g]&&sn(e,g,_,v[g],o))}return e}function yt(e,n,t){try{if(typeof e=="function"){var i=typeof e.__u=="function";i&&e.__u(),i&&n==null||(e.__u=e(n))}else e.current=n}catch(o){F.__e(o,t)}}function wi(e,n,t){var i,o;if(F.unmount&&F.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||yt(i,null,n)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(a){F.__e(a,n)}i.base=i.__P=i.__n=null}if(i=e.__k)for(o=0;o<i.length;o++)i[o]&&wi(i[o],n,t||typeof e.type!="function");t||mt(e.__e),e.__c=e.__=e.__e=void 0}function pr(e,n,t){return this.constructor(e,t)}function fr(e,n,t){var i,o,a,l;n==document&&(n=document.documentElement),F.__&&F.__(e,n),o=(i=!1)?null:n.__k,a=[],l=[],_t(n,e=n.__k=we(M,null,[e]),o||En,En,n.namespaceURI,o?null:n.firstChild?nn.call(n.childNodes):null,a,o?o.__e:n.firstChild,i,l),Si(a,e,l),e.props.children=null}function Lt(e,n,t){var i,o,a,l,s=ve({},e.props);for(a in e.type&&e.type.defaultProps&&(l=e.type.defaultProps),n)a=="key"?i=n[a]:a=="ref"?o=n[a]:s[a]=n[a]===void 0&&l!=null?l[a]:n[a];return arguments.length>2&&(s.children=arguments.length>3?nn.call(arguments,2):t),Ke(e.type,s,i||e.key,o||e.ref,null)}function Ti(e){function n(t){var i,o;return this.getChildContext||(i=new Set,(o={})[n.__c]=this,this.getChildContext=function(){return o},this.componentWillUnmount=function(){i=null},this.shouldComponentUpdate=function(a){this.props.value!=a.value&&i.forEach(function(l){l.__e=!0,Jn(l)})},this.sub=function(a){i.add(a);var l=a.componentWillUnmount;a.componentWillUnmount=function(){i&&i.delete(a),l&&l.call(a)}}),t.children}return n.__c="__cC"+_i++,n.__=e,n.Provider=n.__l=(n.Consumer=function(t,i){return t.children(i)}).contextType=n,n}nn=bn.slice,F={__e:function(e,n,t,i){for(var o,a,l;n=n.__;)if((o=n.__c)&&!o.__)try{if((a=o.constructor)&&a.getDerivedStateFromError!=null&&(o.setState(a.getDerivedStateFromError(e)),l=o.__d),o.componentDidCatch!=null&&(o.componentDidCatch(e,i||{}),l=o.__d),l)return o.__E=o}catch(s){e=s}throw e}},pi=0,mn.prototype.setState=function(e,n){var t;t=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=ve({},this.state),typeof e=="function"&&(e=e(ve({},t),this.props)),e&&ve(t,e),e!=null&&this.__v&&(n&&this._sb.push(n),Jn(this))},mn.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Jn(this))},mn.prototype.render=M,$e=[],fi=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,hi=function(e,n){return e.__v.__b-n.__v.__b},$n.__r=0,Dn=Math.random().toString(8),hn="__d"+Dn,je="__a"+Dn,mi=/(PointerCapture)$|Capture$/i,ht=0,jn=Rt(!1),Kn=Rt(!0),_i=0;var hr=0;function r(e,n,t,i,o,a){n||(n={});var l,s,u=n;if("ref"in u)for(s in u={},n)s=="ref"?l=n[s]:u[s]=n[s];var g={type:e,props:u,key:t,ref:l,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--hr,__i:-1,__u:0,__source:o,__self:a};if(typeof e=="function"&&(l=e.defaultProps))for(s in l)u[s]===void 0&&(u[s]=l[s]);return F.vnode&&F.vnode(g),g}var Ne,G,xn,Pt,Sn=0,Ni=[],K=F,At=K.__b,kt=K.__r,qt=K.diffed,Dt=K.__c,xt=K.unmount,Mt=K.__;function rn(e,n){K.__h&&K.__h(G,e,Sn||n),Sn=0;var t=G.__H||(G.__H={__:[],__h:[]});return e>=t.__.length&&t.__.push({}),t.__[e]}function Q(e){return Sn=1,vt(Ri,e)}function vt(e,n,t){var i=rn(Ne++,2);if(i.t=e,!i.__c&&(i.__=[Ri(void 0,n),function(s){var u=i.__N?i.__N[0]:i.__[0],g=i.t(u,s);u!==g&&(i.__N=[g,i.__[1]],i.__c.setState({}))}],i.__c=G,!G.__f)){var o=function(s,u,g){if(!i.__c.__H)return!0;var d=!1,p=i.__c.props!==s;if(i.__c.__H.__.some(function(f){if(f.__N){d=!0;var m=f.__[0];f.__=f.__N,f.__N=void 0,m!==f.__[0]&&(p=!0)}}),a){var c=a.call(this,s,u,g);return d?c||p:c}return!d||p};G.__f=!0;var a=G.shouldComponentUpdate,l=G.componentWillUpdate;G.componentWillUpdate=function(s,u,g){if(this.__e){var d=a;a=void 0,o(s,u,g),a=d}l&&l.call(this,s,u,g)},G.shouldComponentUpdate=o}return i.__N||i.__}function Ce(e,n){var t=rn(Ne++,3);!K.__s&&bt(t.__H,n)&&(t.__=e,t.u=n,G.__H.__h.push(t))}function Ci(e,n){var t=rn(Ne++,4);!K.__s&&bt(t.__H,n)&&(t.__=e,t.u=n,G.__h.push(t))}function me(e){return Sn=5,Et(function(){return{current:e}},[])}function Et(e,n){var t=rn(Ne++,7);return bt(t.__H,n)&&(t.__=e(),t.__H=n,t.__h=e),t.__}function Oi(e){var n=G.context[e.__c],t=rn(Ne++,9);return t.c=e,n?(t.__==null&&(t.__=!0,n.sub(G)),n.props.value):e.__}function mr(){for(var e;e=Ni.shift();){var n=e.__H;if(e.__P&&n)try{n.__h.some(_n),n.__h.some(Xn),n.__h=[]}catch(t){n.__h=[],K.__e(t,e.__v)}}}K.__b=function(e){G=null,At&&At(e)},K.__=function(e,n){e&&n.__k&&n.__k.__m&&(e.__m=n.__k.__m),Mt&&Mt(e,n)},K.__r=function(e){kt&&kt(e),Ne=0;var n=(G=e.__c).__H;n&&(xn===G?(n.__h=[],G.__h=[],n.__.some(function(t){t.__N&&(t.__=t.__N),t.u=t.__N=void 0})):(n.__h.some(_n),n.__h.some(Xn),n.__h=[],Ne=0)),xn=G},K.diffed=function(e){qt&&qt(e);var n=e.__c;n&&n.__H&&(n.__H.__h.length&&(Ni.push(n)!==1&&Pt===K.requestAnimationFrame||((Pt=K.requestAnimationFrame)||_r)(mr)),n.__H.__.some(function(t){t.u&&(t.__H=t.u,t.u=void 0)})),xn=G=null},K.__c=function(e,n){n.some(function(t){try{t.__h.some(_n),t.__h=t.__h.filter(function(i){return!i.__||Xn(i)})}catch(i){n.some(function(o){o.__h&&(o.__h=[])}),n=[],K.__e(i,t.__v)}}),Dt&&Dt(e,n)},K.unmount=function(e){xt&&xt(e);var n,t=e.__c;t&&t.__H&&(t.__H.__.some(function(i){try{_n(i)}catch(o){n=o}}),t.__H=void 0,n&&K.__e(n,t.__v))};var Ft=typeof requestAnimationFrame=="function";function _r(e){var n,t=function(){clearTimeout(i),Ft&&cancelAnimationFrame(n),setTimeout(e)},i=setTimeout(t,35);Ft&&(n=requestAnimationFrame(t))}function _n(e){var n=G,t=e.__c;typeof t=="function"&&(e.__c=void 0,t()),G=n}function Xn(e){var n=G;e.__c=e.__(),G=n}function bt(e,n){return!e||e.length!==n.length||n.some(function(t,i){return t!==e[i]})}function Ri(e,n){return typeof n=="function"?n(e):n}let Le,He;function yr(e){return!He||(typeof He=="string"?e.startsWith(He):He.test(e))}function vr(e,n){let t="";if(Le=void 0,n&&n.type==="click"){if(n.ctrlKey||n.metaKey||n.altKey||n.shiftKey||n.button!==0)return e;const i=n.composedPath().find(a=>a.nodeName=="A"&&a.href),o=i&&i.getAttribute("href");if(!i||i.origin!=location.origin||/^#/.test(o)||!/^(_?self)?$/i.test(i.target)||!yr(o)||i.download)return e;Le=!0,n.preventDefault(),t=i.href.replace(location.origin,"")}else n&&n.url?(Le=!n.replace,t=n.url):t=location.pathname+location.search;return Le===!0?history.pushState(null,"",t):Le===!1&&history.replaceState(null,"",t),t}const Er=(e,n,t={})=>{e=e.split("/").filter(Boolean),n=(n||"").split("/").filter(Boolean),t.params||(t.params={});for(let i=0,o,a;i<Math.max(e.length,n.length);i++){let[,l,s,u]=(n[i]||"").match(/^(:?)(.*?)([+*?]?)$/);if(o=e[i],!(!l&&s==o)){if(!l&&o&&u=="*"){t.rest="/"+e.slice(i).join("/");break}if(!l||!o&&u!="?"&&u!="*")return;if(a=u=="+"||u=="*",a?o=e.slice(i).map(decodeURIComponent).join("/")||void 0:o&&(o=decodeURIComponent(o)),t.params[s]=o,s in t||(t[s]=o),a)break}}return t};function on(e){const[n,t]=vt(vr,e.url||location.pathname+location.search);e.scope&&(He=e.scope);const i=Le===!0,o=Et(()=>{const a=new URL(n,location.origin),l=a.pathname.replace(/\/+$/g,"")||"/";return{url:n,path:l,query:Object.fromEntries(a.searchParams),route:(s,u)=>t({url:s,replace:u}),back:()=>{history.back()},forward:()=>{history.forward()},wasPush:i}},[n]);return Ci(()=>(addEventListener("click",t),addEventListener("popstate",t),()=>{removeEventListener("click",t),removeEventListener("popstate",t)}),[]),we(on.ctx.Provider,{value:o},e.children)}const br=Promise.resolve();function Li(e){const[n,t]=vt(b=>b+1,0),{url:i,query:o,wasPush:a,path:l}=Ee();if(!i)throw new Error("preact-iso's <Router> must be used within a <LocationProvider>, see: https://github.com/preactjs/preact-iso#locationprovider");const{rest:s=l,params:u={}}=Oi(Ut),g=me(!1),d=me(l),p=me(1),c=me(),f=me(),m=me(),_=me(!1),v=me();v.current=!1;let h,E,$;bi(e.children).some(b=>{if(Er(s,b.props.path,$={...b.props,path:s,query:o,params:Object.assign({},u),rest:""}))return h=Lt(b,$);b.props.default&&(E=Lt(b,$))});let I=h||E;const T=c.current&&c.current.__u&an&&c.current.__u&ln,O=c.current&&c.current.__h,P=Et(()=>{f.current=c.current,c.current=we(Ut.Provider,{value:$},I);const b=f.current&&f.current.props.children;return!b||!I||I.type!==b.type||I.props.component!==b.props.component?(p.current++,!0):!1},[i,JSON.stringify($)]);T?(c.current.__u|=an,c.current.__u|=ln):O&&(c.current.__h=!0);const C=f.current;return f.current=null,this.__c=(b,R)=>{v.current=!0,f.current=C,e.onLoadStart&&e.onLoadStart(i),g.current=!0;let N=p.current;b.then(()=>{N===p.current&&(f.current=null,c.current&&(R.__h&&(c.current.__h=R.__h),R.__u&ln&&(c.current.__u|=ln),R.__u&an&&(c.current.__u|=an)),br.then(t))})},Ci(()=>{const b=this.__v&&this.__v.__e;if(v.current){!_.current&&!m.current&&(m.current=b);return}!_.current&&m.current&&(m.current!==b&&m.current.remove(),m.current=null),_.current=!0,d.current!==l&&(a&&scrollTo(0,0),e.onRouteChange&&e.onRouteChange(i),d.current=l),e.onLoadEnd&&g.current&&e.onLoadEnd(i),g.current=!1},[l,a,n]),P?[we(Mn,{r:c,key:p.current}),we(Mn,{r:f,key:p.current-1})]:we(Mn,{r:c,key:p.current})}const an=32,ln=128,Mn=({r:e})=>e.current;Li.Provider=on;on.ctx=Ti({});const Ut=Ti({}),se=e=>we(e.component,e),Ee=()=>Oi(on.ctx),$r={colon:" : ",open:"« ",close:" »",lawNumber:e=>`Loi n° ${e}`,skip:"Aller au contenu",nav:"Navigation principale",law:"Loi",map:"Carte",timeline:"Chronologie",search:"Recherche",curation:"Curation",language:"Langue",loading:"Chargement…",notFound:"Introuvable",error:"Erreur",stages:"Étapes législatives",events:"Événements",timeAxis:"Axe du temps : étapes et événements",articlesByTheme:"Articles par thème",status:"Statut",parameters:"Mesures à chaque étape",measure:"Mesure",beforeTheLaw:"avant la loi",diff:"Comparer deux moments",diffFrom:"De",diffTo:"À",diffHelp:"Une étape ou une date (AAAA-MM-JJ)",text:"Texte",noText:"Aucune source ne donne le texte à ce moment.",sourceAccount:"Récit d'une source, pas le texte légal",measures:"Mesures",noMeasureChange:"Aucune mesure ne change.",incidents:"Incidents liés",criticisms:"Critiques et soutiens",evidence:"Preuves",source:"Source",reliability:"Fiabilité",corroboration:"Corroboration",sources:e=>`${e} source${e>1?"s":""}`,unconfirmed:"non confirmé : sources peu fiables seulement",claims:"Affirmations contestées",contested:"contesté",filters:"Filtres",from:"Du",to:"Au",kind:"Type",provision:"Disposition",any:"Tous",markers:(e,n)=>`${e} incident${e>1?"s":""} sur la carte, ${n} sans coordonnées`,basemapCredit:"Fond de carte : Natural Earth 1:50m (domaine public), paquet npm world-atlas.",searchLabel:"Rechercher (français ou anglais)",results:e=>`${e} résultat${e>1?"s":""}`,byRight:"Critiques par droit invoqué",readSource:"Lire la source",citedPassages:e=>`${e} passage${e>1?"s":""} cité${e>1?"s":""}`,supports:"appuie",token:"Jeton d'API",signIn:"Se connecter",signOut:"Se déconnecter",signedIn:"Connecté",signedInAs:e=>`Connecté en tant que ${e}`,signedInWithToken:"Connecté avec un jeton d'API",roles:{contributor:"contributeur",editor:"éditeur",admin:"administrateur"},login:"Identifiant (adresse e-mail ou nom d'utilisateur)",password:"Mot de passe",haveInvitation:"J'ai une invitation",invitationCode:"Code d'invitation",newPassword:"Nouveau mot de passe",newPasswordHelp:"12 caractères au moins ; une phrase de passe est plus facile à retenir.",acceptInvitation:"Créer mon compte",useToken:"Utiliser un jeton d'API",useTokenHelp:"Pour qui utilise aussi des scripts : un jeton créé par un administrateur.",wrongLogin:"Identifiant ou mot de passe incorrect.",throttled:e=>`Trop de tentatives : réessayez dans ${e} s.`,signedOut:"Vous êtes déconnecté.",signOutFailed:"La déconnexion a échoué ; réessayez.",serverMessages:{"this invitation does not exist, was used already, or has expired":"Cette invitation n'existe pas, a déjà servi ou a expiré.","an account with this login exists":"Un compte existe déjà avec cet identifiant.","a login (an e-mail address or a user name) has 3 to 254 characters":"Un identifiant (adresse e-mail ou nom d'utilisateur) a de 3 à 254 caractères.","a login may not contain spaces or control characters":"Un identifiant ne peut contenir ni espace ni caractère de contrôle.","a password needs at least 12 characters":"Un mot de passe a au moins 12 caractères.","a password has at most 256 characters":"Un mot de passe a au plus 256 caractères.","the password may not be the login":"Le mot de passe ne peut pas être l'identifiant.","the account was created but could not be signed in":"Le compte est créé, mais la connexion a échoué : connectez-vous ci-dessus.","sign in from this server's own pages":"Connectez-vous depuis les pages de ce serveur.","accept invitations from this server's own pages":"Acceptez l'invitation depuis les pages de ce serveur."},linkTitle:"Lier à une disposition, preuve à l'appui",linkWhat:"Quoi lier",criticism:"Critique",incident:"Incident",relation:"Relation",selectPassage:"Sélectionnez le passage dans la source ci-dessous, puis :",useSelection:"Prendre la sélection comme citation",linkSelection:"Lier ce passage à une disposition",quote:"Citation",note:"Note",link:"Lier",linked:"Lien enregistré.",editTitle:"Modifier le résumé d'une critique",summary:"Résumé",version:"Version",save:"Enregistrer",saved:"Enregistré.",conflict:"Conflit : quelqu'un a modifié cet enregistrement depuis votre lecture.",currentRecord:"L'enregistrement actuel",reapply:"Réappliquer ma modification",facility:"Établissement",aliases:"Autres noms",actor:"Acteur",stance:"Position",date:"Date",outcomes:"Bilan",none:"Aucun",notTranslated:"Ce résumé n'est pas encore traduit : il est affiché en anglais.",summaryFr:"Résumé en français",summaryEn:"Résumé en anglais"},Sr={colon:": ",open:"“",close:"”",lawNumber:e=>`Law No. ${e}`,skip:"Skip to content",nav:"Main navigation",law:"Law",map:"Map",timeline:"Timeline",search:"Search",curation:"Curation",language:"Language",loading:"Loading…",notFound:"Not found",error:"Error",stages:"Legislative stages",events:"Events",timeAxis:"Time axis: stages and events",articlesByTheme:"Articles by theme",status:"Status",parameters:"Measures at each stage",measure:"Measure",beforeTheLaw:"before the law",diff:"Compare two moments",diffFrom:"From",diffTo:"To",diffHelp:"A stage or a day (YYYY-MM-DD)",text:"Text",noText:"No source gives the text at that moment.",sourceAccount:"A source's account, not the legal wording",measures:"Measures",noMeasureChange:"No measure changes.",incidents:"Linked incidents",criticisms:"Criticisms and support",evidence:"Evidence",source:"Source",reliability:"Reliability",corroboration:"Corroboration",sources:e=>`${e} source${e>1?"s":""}`,unconfirmed:"unconfirmed: low-reliability sources only",claims:"Contested claims",contested:"contested",filters:"Filters",from:"From",to:"To",kind:"Kind",provision:"Provision",any:"Any",markers:(e,n)=>`${e} incident${e>1?"s":""} on the map, ${n} without coordinates`,basemapCredit:"Basemap: Natural Earth 1:50m (public domain), npm package world-atlas.",searchLabel:"Search (French or English)",results:e=>`${e} result${e>1?"s":""}`,byRight:"Criticisms by right invoked",readSource:"Read the source",citedPassages:e=>`${e} cited passage${e>1?"s":""}`,supports:"supports",token:"API token",signIn:"Sign in",signOut:"Sign out",signedIn:"Signed in",signedInAs:e=>`Signed in as ${e}`,signedInWithToken:"Signed in with an API token",roles:{contributor:"contributor",editor:"editor",admin:"administrator"},login:"Login (e-mail address or user name)",password:"Password",haveInvitation:"I have an invitation",invitationCode:"Invitation code",newPassword:"New password",newPasswordHelp:"At least 12 characters; a passphrase is easier to remember.",acceptInvitation:"Create my account",useToken:"Use an API token",useTokenHelp:"For people who also run scripts: a token made by an administrator.",wrongLogin:"Wrong login or password.",throttled:e=>`Too many attempts: try again in ${e} s.`,signedOut:"You are signed out.",signOutFailed:"Signing out failed; try again.",serverMessages:{"this invitation does not exist, was used already, or has expired":"This invitation does not exist, was used already, or has expired.","an account with this login exists":"An account with this login exists.","a login (an e-mail address or a user name) has 3 to 254 characters":"A login (an e-mail address or a user name) has 3 to 254 characters.","a login may not contain spaces or control characters":"A login may not contain spaces or control characters.","a password needs at least 12 characters":"A password needs at least 12 characters.","a password has at most 256 characters":"A password has at most 256 characters.","the password may not be the login":"The password may not be the login.","the account was created but could not be signed in":"The account was created but could not be signed in: sign in above.","sign in from this server's own pages":"Sign in from this server's own pages.","accept invitations from this server's own pages":"Accept invitations from this server's own pages."},linkTitle:"Link to a provision, with evidence",linkWhat:"What to link",criticism:"Criticism",incident:"Incident",relation:"Relation",selectPassage:"Select the passage in the source below, then:",useSelection:"Use the selection as the quote",linkSelection:"Link this passage to a provision",quote:"Quote",note:"Note",link:"Link",linked:"Link recorded.",editTitle:"Edit a criticism's summary",summary:"Summary",version:"Version",save:"Save",saved:"Saved.",conflict:"Conflict: someone changed this record since you read it.",currentRecord:"The current record",reapply:"Reapply my change",facility:"Facility",aliases:"Other names",actor:"Actor",stance:"Stance",date:"Date",outcomes:"Outcomes",none:"None",notTranslated:"This summary has no French translation yet: it is shown in English.",summaryFr:"Summary in French",summaryEn:"Summary in English"},Ir={fr:$r,en:Sr},wr={fr:{PROPOSED:"proposé",ADOPTED:"adopté",IN_FORCE:"en vigueur",IN_FORCE_WITH_RESERVATION:"en vigueur sous réserve",PARTLY_CENSURED:"partiellement censuré",CENSURED:"censuré",DROPPED:"supprimé",REPEALED:"abrogé",DETENTION_REGIME:"Régime de détention",COMMUNICATIONS:"Communications",PROSECUTION:"Poursuites",FACILITIES:"Établissements",INVESTIGATION:"Enquête",ASSETS:"Avoirs",PUBLIC_ORDER:"Ordre public",PROCEDURE:"Procédure",MONEY_LAUNDERING:"Blanchiment",INFORMANTS:"Repentis et informateurs",LOCAL_POWERS:"Pouvoirs des maires et préfets",CUSTOMS_PORTS:"Douanes et ports",UNKNOWN:"Contenu non encore documenté",HIGH:"élevée",MEDIUM:"moyenne",LOW:"faible",UNRELIABLE:"non fiable",UNRATED:"non évaluée",ARSON:"incendie",GUNFIRE:"tirs",VANDALISM:"vandalisme",INTIMIDATION:"intimidation",GRAFFITI:"graffiti",RIOT:"émeute",ASSAULT:"agression",SMUGGLING:"contrebande",ESCAPE_ATTEMPT:"tentative d'évasion",OTHER:"autre",OPPOSES:"s'oppose",CONCERNED:"inquiet",SUPPORTS:"soutient",DEMANDS_ACTION:"demande d'agir",LEGISLATIVE_STAGE:"étape",INCIDENT:"incident",STATEMENT:"déclaration",LIFECYCLE_EVENT:"événement",REACTION_TO_PROVISION:"réaction à la disposition",CITED_AS_JUSTIFICATION:"invoqué comme justification",COINCIDED_WITH_DEBATE:"pendant le débat",PROVISION:"disposition",CRITICISM:"critique",FACILITY:"établissement",ACTOR:"acteur",SOURCE:"source",LAW:"loi",CLAIM_QUESTION:"question contestée",PROVISION_INCIDENT:"lien disposition–incident",PROVISION_CRITICISM:"lien disposition–critique",CAMPAIGN:"campagne",PERSON:"personne",GOVERNMENT:"gouvernement",PUBLIC_BODY:"organisme public",PROSECUTOR:"parquet",UNION:"syndicat",NGO:"ONG",PROFESSIONAL_BODY:"organisation professionnelle",COURT:"juridiction",CRIMINAL_GROUP:"groupe criminel",SENATE:"Sénat",NATIONAL_ASSEMBLY:"Assemblée nationale",JOINT_COMMITTEE:"commission mixte paritaire",CONSTITUTIONAL_COUNCIL:"Conseil constitutionnel",PRESIDENT:"Président de la République",YEAR:"année",MONTH:"mois",DAY:"jour",GENERATION:"promulgation",AMENDMENT:"amendement",CENSURE:"censure",PARTIAL_CENSURE:"censure partielle",RESERVATION:"réserve d'interprétation",REPEAL:"abrogation",IMPLEMENTING_DECREE:"décret d'application",ENTRY_INTO_FORCE:"entrée en vigueur",FACILITY_OPENING:"ouverture d'un établissement",COURT_DECISION:"décision de justice",ASSESSMENT:"évaluation",BODY_ESTABLISHED:"installation d'un organe",PRISON:"prison",SCHOOL:"école",STAFF_HOUSING:"logement du personnel",FR:"français",EN:"anglais",CREATE:"création",UPDATE:"modification",DELETE:"suppression",LINK:"lien",UNLINK:"retrait d'un lien",LOAD:"chargement",DURATION:"durée",COUNT:"nombre",CAPACITY:"capacité",MONEY:"montant",PERCENTAGE:"pourcentage",EXACTLY:"exactement",UP_TO:"jusqu'à",ABOUT:"environ",AT_LEAST:"au moins",MORE_THAN:"plus de",BETWEEN:"entre",NEWS_REPORT:"article de presse",FORUM_POST:"message de forum",RESEARCH_COMPILATION:"compilation de recherche",GENERATED_CONTENT:"contenu généré",OFFICIAL_TEXT:"texte officiel",INTRODUCED:"dépôt",COMMITTEE_TEXT:"texte de commission",VOTE:"vote",FINAL_VOTE:"vote définitif",REFERRAL:"saisine",DECISION:"décision",PROMULGATION:"promulgation",PUBLICATION:"publication",KEPT:"inchangé",INSERTED:"ajouté",DELETED:"supprimé",WORDING:"texte légal",SOURCE_ACCOUNT:"récit d'une source"},en:{PROPOSED:"proposed",ADOPTED:"adopted",IN_FORCE:"in force",IN_FORCE_WITH_RESERVATION:"in force with a reservation",PARTLY_CENSURED:"partly censured",CENSURED:"censured",DROPPED:"dropped",REPEALED:"repealed",DETENTION_REGIME:"Detention regime",COMMUNICATIONS:"Communications",PROSECUTION:"Prosecution",FACILITIES:"Facilities",INVESTIGATION:"Investigation",ASSETS:"Assets",PUBLIC_ORDER:"Public order",PROCEDURE:"Procedure",MONEY_LAUNDERING:"Money laundering",INFORMANTS:"Informants and collaborators of justice",LOCAL_POWERS:"Powers of mayors and prefects",CUSTOMS_PORTS:"Customs and ports",UNKNOWN:"Content not yet documented",HIGH:"high",MEDIUM:"medium",LOW:"low",UNRELIABLE:"unreliable",UNRATED:"unrated",ARSON:"arson",GUNFIRE:"gunfire",VANDALISM:"vandalism",INTIMIDATION:"intimidation",GRAFFITI:"graffiti",RIOT:"riot",ASSAULT:"assault",SMUGGLING:"smuggling",ESCAPE_ATTEMPT:"escape attempt",OTHER:"other",OPPOSES:"opposes",CONCERNED:"concerned",SUPPORTS:"supports",DEMANDS_ACTION:"demands action",LEGISLATIVE_STAGE:"stage",INCIDENT:"incident",STATEMENT:"statement",LIFECYCLE_EVENT:"event",REACTION_TO_PROVISION:"reaction to the provision",CITED_AS_JUSTIFICATION:"cited as justification",COINCIDED_WITH_DEBATE:"during the debate",PROVISION:"provision",CRITICISM:"criticism",FACILITY:"facility",ACTOR:"actor",SOURCE:"source",LAW:"law",CLAIM_QUESTION:"contested question",PROVISION_INCIDENT:"provision–incident link",PROVISION_CRITICISM:"provision–criticism link",CAMPAIGN:"campaign",PERSON:"person",GOVERNMENT:"government",PUBLIC_BODY:"public body",PROSECUTOR:"prosecutor's office",UNION:"union",NGO:"NGO",PROFESSIONAL_BODY:"professional body",COURT:"court",CRIMINAL_GROUP:"criminal group",SENATE:"Senate",NATIONAL_ASSEMBLY:"National Assembly",JOINT_COMMITTEE:"joint committee",CONSTITUTIONAL_COUNCIL:"Constitutional Council",PRESIDENT:"President of the Republic",YEAR:"year",MONTH:"month",DAY:"day",GENERATION:"promulgation",AMENDMENT:"amendment",CENSURE:"censure",PARTIAL_CENSURE:"partial censure",RESERVATION:"interpretive reservation",REPEAL:"repeal",IMPLEMENTING_DECREE:"implementing decree",ENTRY_INTO_FORCE:"entry into force",FACILITY_OPENING:"facility opening",COURT_DECISION:"court decision",ASSESSMENT:"assessment",BODY_ESTABLISHED:"body established",PRISON:"prison",SCHOOL:"school",STAFF_HOUSING:"staff housing",FR:"French",EN:"English",CREATE:"creation",UPDATE:"update",DELETE:"deletion",LINK:"link",UNLINK:"link removed",LOAD:"load",DURATION:"duration",COUNT:"count",CAPACITY:"capacity",MONEY:"amount",PERCENTAGE:"percentage",EXACTLY:"exactly",UP_TO:"up to",ABOUT:"about",AT_LEAST:"at least",MORE_THAN:"more than",BETWEEN:"between",NEWS_REPORT:"news report",FORUM_POST:"forum post",RESEARCH_COMPILATION:"research compilation",GENERATED_CONTENT:"generated content",OFFICIAL_TEXT:"official text",INTRODUCED:"introduced",COMMITTEE_TEXT:"committee text",VOTE:"vote",FINAL_VOTE:"final vote",REFERRAL:"referral",DECISION:"decision",PROMULGATION:"promulgation",PUBLICATION:"publication",KEPT:"kept",INSERTED:"inserted",DELETED:"deleted",WORDING:"legal wording",SOURCE_ACCOUNT:"a source's account"}};function Tr(e){return e.toLowerCase().replace(/_/g," ")}function Nr(){const{query:e}=Ee();return e.lang==="en"?"en":"fr"}function U(){const e=Nr();return{t:Ir[e],lang:e,apiLang:e==="en"?"EN":"FR",label:n=>wr[e][n]??Tr(n),href:(n,t)=>Cr(e,n,t)}}function Cr(e,n,t={}){const i=new URLSearchParams;for(const[a,l]of Object.entries(t))l&&i.set(a,l);e==="en"&&i.set("lang","en");const o=i.toString();return`/app${n}${o?`?${o}`:""}`}function de({citations:e}){const{t:n,label:t,href:i}=U();return e.length===0?null:r("ul",{class:"evidence","aria-label":n.evidence,children:e.map(o=>r("li",{children:[r("blockquote",{children:r("a",{class:"quote",href:i(`/sources/${o.source.slug}`,{quote:o.quote}),children:[n.open,o.quote,n.close]})}),r("span",{class:"cite",children:[o.source.title," · ",n.reliability,n.colon,r("span",{class:`rel rel-${o.source.reliability}`,children:t(o.source.reliability)}),o.note?` · ${o.note}`:""]})]}))})}function ke({value:e}){const{t:n,label:t}=U(),i=e.onlyLowReliability;return r("span",{class:`badge ${i?"badge-weak":"badge-ok"}`,title:n.corroboration,children:[n.corroboration,n.colon,n.sources(e.sourceCount),e.bestReliability?` · ${t(e.bestReliability)}`:"",i?` · ${n.unconfirmed}`:""]})}function Or({text:e}){const n=e.split(/\[\[|\]\]/);return r("span",{class:"snippet",children:n.map((t,i)=>i%2===1?r("mark",{children:t}):t)})}function Je({value:e}){const{label:n}=U();return r("span",{class:`status status-${e}`,children:n(e)})}function pe({query:e,children:n}){const{t}=U();return e.data?(Rr(),r(M,{children:n(e.data)})):e.error?r("p",{role:"alert",class:"error",children:[t.error,t.colon,e.error.message]}):r("p",{"aria-busy":"true",children:t.loading})}function Rr(){performance.getEntriesByName("lawtracker:first-render").length===0&&requestAnimationFrame(()=>{performance.getEntriesByName("lawtracker:first-render").length===0&&performance.mark("lawtracker:first-render")})}function Lr(){const{t:e}=U();return r("h1",{children:e.notFound})}class z extends String{constructor(n,t){super(n),this.value=n,this.__meta__=t}toString(){return this.value}}const Pr=new z(`
    fragment NodeLink on Node {
  __typename
  ... on Provision {
    slug
  }
  ... on Incident {
    slug
  }
  ... on Criticism {
    slug
  }
  ... on Facility {
    slug
  }
  ... on Actor {
    slug
  }
  ... on Source {
    slug
  }
  ... on Law {
    slug
  }
}
    `,{fragmentName:"NodeLink"}),Ar=new z(`
    query ActorPage($slug: ID!, $lang: Language) {
  actor(id: $slug) {
    slug
    name
    kind
    description
    citations {
      quote
      note
      source {
        slug
        title
        reliability
      }
    }
    criticisms(first: 100) {
      nodes {
        slug
        stance
        rights
        summary(lang: $lang)
        quote
        statedOn
        provisions {
          provision {
            slug
            heading(lang: $lang)
          }
        }
        citations {
          quote
          note
          source {
            slug
            title
            reliability
          }
        }
      }
    }
  }
}
    `),kr=new z(`
    query CurationChoices($lang: Language) {
  provisions(first: 100) {
    nodes {
      slug
      heading(lang: $lang)
    }
  }
  criticisms(first: 100) {
    nodes {
      slug
      summary(lang: $lang)
      author {
        name
      }
    }
  }
  incidents(first: 100) {
    nodes {
      slug
      title(lang: $lang)
      occurredOn
    }
  }
  sources(first: 100) {
    nodes {
      slug
      title
    }
  }
}
    `),qr=new z(`
    query CurationSource($slug: ID!) {
  source(id: $slug) {
    slug
    title
    text
  }
}
    `),Dr=new z(`
    mutation LinkCriticism($criticism: ID!, $input: CriticismLinkInput!) {
  linkCriticism(criticism: $criticism, input: $input) {
    revision {
      id
      operation
    }
  }
}
    `),xr=new z(`
    mutation LinkIncident($input: IncidentLinkInput!) {
  linkIncident(input: $input) {
    revision {
      id
      operation
    }
  }
}
    `),Mr=new z(`
    query EditCriticism($slug: ID!) {
  criticism(id: $slug) {
    slug
    version
    stance
    rights
    quote
    statedOn
    summary(lang: EN)
    french: localizedSummary(lang: FR) {
      text
      language
    }
    author {
      slug
    }
    citations {
      quote
      note
      source {
        slug
      }
    }
  }
}
    `),Fr=new z(`
    mutation UpdateCriticism($id: ID!, $expectedVersion: Int!, $input: CriticismInput!) {
  updateCriticism(id: $id, expectedVersion: $expectedVersion, input: $input) {
    revision {
      id
    }
  }
}
    `),Ur=new z(`
    query IncidentPage($slug: ID!, $lang: Language) {
  incident(id: $slug) {
    slug
    title(lang: $lang)
    summary(lang: $lang)
    occurredOn
    timeOfDay
    kinds
    place
    campaign
    facility {
      slug
      name
      city
    }
    investigatingBody {
      slug
      name
    }
    outcomes {
      display(lang: $lang)
      name
      citations {
        quote
        note
        source {
          slug
          title
          reliability
        }
      }
    }
    citations {
      quote
      note
      source {
        slug
        title
        reliability
      }
    }
    corroboration {
      sourceCount
      bestReliability
      onlyLowReliability
    }
    provisions {
      relation
      provision {
        slug
        heading(lang: $lang)
      }
      citations {
        quote
        note
        source {
          slug
          title
          reliability
        }
      }
    }
    claims {
      slug
      question
      contested
      claims {
        value
        citations {
          quote
          note
          source {
            slug
            title
            reliability
          }
        }
        corroboration {
          sourceCount
          bestReliability
          onlyLowReliability
        }
      }
    }
  }
}
    `),Hr=new z(`
    query FacilityPage($slug: ID!, $lang: Language) {
  facility(id: $slug) {
    slug
    name
    kind
    city
    aliases
    latitude
    longitude
    coordinatesNote
    citations {
      quote
      note
      source {
        slug
        title
        reliability
      }
    }
    incidents(first: 100) {
      nodes {
        slug
        title(lang: $lang)
        occurredOn
        kinds
      }
    }
    claims {
      slug
      question
      contested
      claims {
        value
        citations {
          quote
          note
          source {
            slug
            title
            reliability
          }
        }
        corroboration {
          sourceCount
          bestReliability
          onlyLowReliability
        }
      }
    }
  }
}
    `),Gr=new z(`
    query CriticismPage($slug: ID!, $lang: Language) {
  criticism(id: $slug) {
    slug
    stance
    rights
    summary(lang: $lang)
    quote
    statedOn
    version
    author {
      slug
      name
    }
    citations {
      quote
      note
      source {
        slug
        title
        reliability
      }
    }
    corroboration {
      sourceCount
      bestReliability
      onlyLowReliability
    }
    provisions {
      provision {
        slug
        heading(lang: $lang)
      }
      citations {
        quote
        note
        source {
          slug
          title
          reliability
        }
      }
    }
  }
}
    `),Br=new z(`
    query LawPage($lang: Language) {
  laws(first: 1) {
    nodes {
      slug
      number
      title(lang: $lang) {
        text
      }
      status
      summary
      stages {
        slug
        occurredOn
        kind
        chamber
        outcome
        description
      }
      events {
        slug
        kind
        occurredOn
        title(lang: $lang)
        provision {
          slug
        }
      }
      provisions(first: 100) {
        nodes {
          slug
          article
          heading(lang: $lang)
          theme
          status
        }
      }
    }
  }
}
    `),Wr=new z(`
    query MapPage($filter: IncidentFilterInput, $lang: Language) {
  incidentsGeojson(filter: $filter, lang: $lang)
  provisions(first: 100) {
    nodes {
      slug
      heading(lang: $lang)
    }
  }
}
    `),Vr=new z(`
    query LawCitations($lang: Language) {
  laws(first: 5) {
    nodes {
      slug
      titleFr
      citations {
        quote
        source {
          slug
        }
      }
      stages {
        slug
        description
        citations {
          quote
          source {
            slug
          }
        }
      }
      events {
        slug
        title(lang: $lang)
        provision {
          slug
        }
        citations {
          quote
          source {
            slug
          }
        }
      }
      claims {
        question
        claims {
          value
          citations {
            quote
            source {
              slug
            }
          }
        }
      }
    }
  }
  facilities(first: 100) {
    nodes {
      slug
      name
      citations {
        quote
        source {
          slug
        }
      }
    }
  }
  actors(first: 100) {
    nodes {
      slug
      name
      citations {
        quote
        source {
          slug
        }
      }
    }
  }
}
    `),Yr=new z(`
    query ProvisionCitations($lang: Language) {
  provisions(first: 100) {
    nodes {
      slug
      heading(lang: $lang)
      citations {
        quote
        source {
          slug
        }
      }
      parameters {
        label
        citations {
          quote
          source {
            slug
          }
        }
      }
      texts {
        text
        source {
          slug
        }
      }
    }
  }
}
    `),zr=new z(`
    query IncidentCitations($lang: Language) {
  incidents(first: 100) {
    nodes {
      slug
      title(lang: $lang)
      citations {
        quote
        source {
          slug
        }
      }
      outcomes {
        name
        citations {
          quote
          source {
            slug
          }
        }
      }
      provisions {
        provision {
          slug
          heading(lang: $lang)
        }
        citations {
          quote
          source {
            slug
          }
        }
      }
    }
  }
}
    `),jr=new z(`
    query CriticismCitations($lang: Language) {
  criticisms(first: 100) {
    nodes {
      slug
      summary(lang: $lang)
      citations {
        quote
        source {
          slug
        }
      }
      provisions {
        provision {
          slug
          heading(lang: $lang)
        }
        citations {
          quote
          source {
            slug
          }
        }
      }
    }
  }
}
    `),Kr=new z(`
    query ProvisionPage($slug: ID!, $lang: Language) {
  provision(id: $slug) {
    slug
    article
    heading(lang: $lang)
    summary: localizedSummary(lang: $lang) {
      text
      language
    }
    status
    theme
    version
    law {
      stages {
        slug
        occurredOn
        description
      }
    }
    events {
      slug
      kind
      occurredOn
      title(lang: $lang)
    }
    parameters {
      name
      label(lang: $lang)
      display(lang: $lang)
      baseline
      stage {
        slug
        occurredOn
      }
    }
    corroboration {
      sourceCount
      bestReliability
      onlyLowReliability
    }
    citations {
      quote
      note
      source {
        slug
        title
        reliability
      }
    }
    incidents {
      relation
      note
      incident {
        slug
        title(lang: $lang)
        occurredOn
        facility {
          name
        }
      }
      citations {
        quote
        note
        source {
          slug
          title
          reliability
        }
      }
      corroboration {
        sourceCount
        bestReliability
        onlyLowReliability
      }
    }
    criticisms {
      note
      criticism {
        slug
        stance
        summary(lang: $lang)
        rights
        author {
          slug
          name
        }
      }
      citations {
        quote
        note
        source {
          slug
          title
          reliability
        }
      }
      corroboration {
        sourceCount
        bestReliability
        onlyLowReliability
      }
    }
    claims {
      slug
      question
      contested
      claims {
        value
        citations {
          quote
          note
          source {
            slug
            title
            reliability
          }
        }
        corroboration {
          sourceCount
          bestReliability
          onlyLowReliability
        }
      }
    }
  }
}
    `),Jr=new z(`
    query ProvisionDiff($slug: ID!, $from: String!, $to: String!, $lang: Language) {
  provision(id: $slug) {
    diff(from: $from, to: $to) {
      from
      to
      statusFrom
      statusTo
      measures {
        name
        from {
          label(lang: $lang)
          display(lang: $lang)
          beforeTheLaw
        }
        to {
          label(lang: $lang)
          display(lang: $lang)
          beforeTheLaw
        }
      }
      textFrom {
        kind
        text
        source {
          slug
          title
        }
      }
      textTo {
        kind
        text
        source {
          slug
          title
        }
      }
      text {
        change
        text
      }
    }
  }
}
    `),Xr=new z(`
    query SearchPage($q: String!) {
  search(query: $q, first: 30) {
    totalCount
    nodes {
      type
      slug
      title
      snippet
      node {
        id
        ...NodeLink
      }
    }
  }
}
    fragment NodeLink on Node {
  __typename
  ... on Provision {
    slug
  }
  ... on Incident {
    slug
  }
  ... on Criticism {
    slug
  }
  ... on Facility {
    slug
  }
  ... on Actor {
    slug
  }
  ... on Source {
    slug
  }
  ... on Law {
    slug
  }
}`),Qr=new z(`
    query SourcePage($slug: ID!) {
  source(id: $slug) {
    slug
    title
    publisher
    publishedOn
    language
    url
    kind
    reliability
    reliabilityNote
    text
  }
}
    `),Zr=new z(`
    query TimelinePage($from: Date, $to: Date, $lang: Language) {
  timeline(from: $from, to: $to, first: 100) {
    type
    date
    datePrecision
    title(lang: $lang)
    slug
    node {
      id
      ...NodeLink
    }
  }
}
    fragment NodeLink on Node {
  __typename
  ... on Provision {
    slug
  }
  ... on Incident {
    slug
  }
  ... on Criticism {
    slug
  }
  ... on Facility {
    slug
  }
  ... on Actor {
    slug
  }
  ... on Source {
    slug
  }
  ... on Law {
    slug
  }
}`),eo={"\n  query ActorPage($slug: ID!, $lang: Language) {\n    actor(id: $slug) {\n      slug name kind description\n      citations { quote note source { slug title reliability } }\n      criticisms(first: 100) {\n        nodes {\n          slug stance rights summary(lang: $lang) quote statedOn\n          provisions { provision { slug heading(lang: $lang) } }\n          citations { quote note source { slug title reliability } }\n        }\n      }\n    }\n  }\n":Ar,"\n  query CurationChoices($lang: Language) {\n    provisions(first: 100) { nodes { slug heading(lang: $lang) } }\n    criticisms(first: 100) { nodes { slug summary(lang: $lang) author { name } } }\n    incidents(first: 100) { nodes { slug title(lang: $lang) occurredOn } }\n    sources(first: 100) { nodes { slug title } }\n  }\n":kr,"\n  query CurationSource($slug: ID!) { source(id: $slug) { slug title text } }\n":qr,"\n  mutation LinkCriticism($criticism: ID!, $input: CriticismLinkInput!) {\n    linkCriticism(criticism: $criticism, input: $input) { revision { id operation } }\n  }\n":Dr,"\n  mutation LinkIncident($input: IncidentLinkInput!) {\n    linkIncident(input: $input) { revision { id operation } }\n  }\n":xr,"\n  query EditCriticism($slug: ID!) {\n    criticism(id: $slug) {\n      slug version stance rights quote statedOn\n      summary(lang: EN)\n      french: localizedSummary(lang: FR) { text language }\n      author { slug }\n      citations { quote note source { slug } }\n    }\n  }\n":Mr,"\n  mutation UpdateCriticism($id: ID!, $expectedVersion: Int!, $input: CriticismInput!) {\n    updateCriticism(id: $id, expectedVersion: $expectedVersion, input: $input) { revision { id } }\n  }\n":Fr,"\n  query IncidentPage($slug: ID!, $lang: Language) {\n    incident(id: $slug) {\n      slug title(lang: $lang) summary(lang: $lang) occurredOn timeOfDay kinds place campaign\n      facility { slug name city }\n      investigatingBody { slug name }\n      outcomes { display(lang: $lang) name citations { quote note source { slug title reliability } } }\n      citations { quote note source { slug title reliability } }\n      corroboration { sourceCount bestReliability onlyLowReliability }\n      provisions { relation provision { slug heading(lang: $lang) } citations { quote note source { slug title reliability } } }\n      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }\n    }\n  }\n":Ur,"\n  query FacilityPage($slug: ID!, $lang: Language) {\n    facility(id: $slug) {\n      slug name kind city aliases latitude longitude coordinatesNote\n      citations { quote note source { slug title reliability } }\n      incidents(first: 100) { nodes { slug title(lang: $lang) occurredOn kinds } }\n      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }\n    }\n  }\n":Hr,"\n  query CriticismPage($slug: ID!, $lang: Language) {\n    criticism(id: $slug) {\n      slug stance rights summary(lang: $lang) quote statedOn version\n      author { slug name }\n      citations { quote note source { slug title reliability } }\n      corroboration { sourceCount bestReliability onlyLowReliability }\n      provisions { provision { slug heading(lang: $lang) } citations { quote note source { slug title reliability } } }\n    }\n  }\n":Gr,"\n  query LawPage($lang: Language) {\n    laws(first: 1) {\n      nodes {\n        slug\n        number\n        title(lang: $lang) { text }\n        status\n        summary\n        stages { slug occurredOn kind chamber outcome description }\n        events { slug kind occurredOn title(lang: $lang) provision { slug } }\n        provisions(first: 100) { nodes { slug article heading(lang: $lang) theme status } }\n      }\n    }\n  }\n":Br,"\n  query MapPage($filter: IncidentFilterInput, $lang: Language) {\n    incidentsGeojson(filter: $filter, lang: $lang)\n    provisions(first: 100) { nodes { slug heading(lang: $lang) } }\n  }\n":Wr,"\n  query LawCitations($lang: Language) {\n    laws(first: 5) {\n      nodes {\n        slug titleFr citations { quote source { slug } }\n        stages { slug description citations { quote source { slug } } }\n        events { slug title(lang: $lang) provision { slug } citations { quote source { slug } } }\n        claims { question claims { value citations { quote source { slug } } } }\n      }\n    }\n    facilities(first: 100) { nodes { slug name citations { quote source { slug } } } }\n    actors(first: 100) { nodes { slug name citations { quote source { slug } } } }\n  }\n":Vr,"\n  query ProvisionCitations($lang: Language) {\n    provisions(first: 100) {\n      nodes {\n        slug heading(lang: $lang) citations { quote source { slug } }\n        parameters { label citations { quote source { slug } } }\n        texts { text source { slug } }\n      }\n    }\n  }\n":Yr,"\n  query IncidentCitations($lang: Language) {\n    incidents(first: 100) {\n      nodes {\n        slug title(lang: $lang) citations { quote source { slug } }\n        outcomes { name citations { quote source { slug } } }\n        provisions { provision { slug heading(lang: $lang) } citations { quote source { slug } } }\n      }\n    }\n  }\n":zr,"\n  query CriticismCitations($lang: Language) {\n    criticisms(first: 100) {\n      nodes {\n        slug summary(lang: $lang) citations { quote source { slug } }\n        provisions { provision { slug heading(lang: $lang) } citations { quote source { slug } } }\n      }\n    }\n  }\n":jr,"\n  fragment NodeLink on Node {\n    __typename\n    ... on Provision { slug }\n    ... on Incident { slug }\n    ... on Criticism { slug }\n    ... on Facility { slug }\n    ... on Actor { slug }\n    ... on Source { slug }\n    ... on Law { slug }\n  }\n":Pr,"\n  query ProvisionPage($slug: ID!, $lang: Language) {\n    provision(id: $slug) {\n      slug article heading(lang: $lang) summary: localizedSummary(lang: $lang) { text language } status theme version\n      law { stages { slug occurredOn description } }\n      events { slug kind occurredOn title(lang: $lang) }\n      parameters { name label(lang: $lang) display(lang: $lang) baseline stage { slug occurredOn } }\n      corroboration { sourceCount bestReliability onlyLowReliability }\n      citations { quote note source { slug title reliability } }\n      incidents {\n        relation note\n        incident { slug title(lang: $lang) occurredOn facility { name } }\n        citations { quote note source { slug title reliability } }\n        corroboration { sourceCount bestReliability onlyLowReliability }\n      }\n      criticisms {\n        note\n        criticism { slug stance summary(lang: $lang) rights author { slug name } }\n        citations { quote note source { slug title reliability } }\n        corroboration { sourceCount bestReliability onlyLowReliability }\n      }\n      claims {\n        slug question contested\n        claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } }\n      }\n    }\n  }\n":Kr,"\n  query ProvisionDiff($slug: ID!, $from: String!, $to: String!, $lang: Language) {\n    provision(id: $slug) {\n      diff(from: $from, to: $to) {\n        from to statusFrom statusTo\n        measures { name from { label(lang: $lang) display(lang: $lang) beforeTheLaw } to { label(lang: $lang) display(lang: $lang) beforeTheLaw } }\n        textFrom { kind text source { slug title } }\n        textTo { kind text source { slug title } }\n        text { change text }\n      }\n    }\n  }\n":Jr,"\n  query SearchPage($q: String!) {\n    search(query: $q, first: 30) {\n      totalCount\n      nodes { type slug title snippet node { id ...NodeLink } }\n    }\n  }\n":Xr,"\n  query SourcePage($slug: ID!) {\n    source(id: $slug) { slug title publisher publishedOn language url kind reliability reliabilityNote text }\n  }\n":Qr,"\n  query TimelinePage($from: Date, $to: Date, $lang: Language) {\n    timeline(from: $from, to: $to, first: 100) {\n      type date datePrecision title(lang: $lang) slug\n      node { id ...NodeLink }\n    }\n  }\n":Zr};function j(e){return eo[e]??{}}function oe(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function Ie(e){return oe(e)==="object"}function no(e){return Array.isArray(e)&&e.length>0&&e.every(n=>"message"in n)}function Ht(e,n){return e.length<124?e:n}const to="graphql-transport-ws";var ae=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(ae||{}),le=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(le||{});function Pi(e){if(!Ie(e))throw new Error(`Message is expected to be an object, but got ${oe(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${oe(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!Ie(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${oe(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Ie(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${oe(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${oe(e.payload.query)}`);if(e.payload.variables!=null&&!Ie(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${oe(e.payload.variables)}`);if(e.payload.operationName!=null&&oe(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${oe(e.payload.operationName)}`);if(e.payload.extensions!=null&&!Ie(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${oe(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${oe(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Ie(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${oe(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${oe(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!no(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${oe(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function io(e,n){return Pi(typeof e=="string"?JSON.parse(e,n):e)}function Fe(e,n){return Pi(e),JSON.stringify(e,n)}function ro(e){const{url:n,connectionParams:t,lazy:i=!0,onNonLazyError:o=console.error,lazyCloseTimeout:a=0,keepAlive:l=0,disablePong:s,connectionAckWaitTimeout:u=0,retryAttempts:g=5,retryWait:d=async function(y){const S=Math.pow(2,y);await new Promise(L=>setTimeout(L,S*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:p=Fn,on:c,webSocketImpl:f,generateID:m=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,y=>{const S=Math.random()*16|0;return(y=="x"?S:S&3|8).toString(16)})},jsonMessageReplacer:_,jsonMessageReviver:v}=e;let h;if(f){if(!so(f))throw new Error("Invalid WebSocket implementation provided");h=f}else typeof WebSocket<"u"?h=WebSocket:typeof global<"u"?h=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(h=window.WebSocket||window.MozWebSocket);if(!h)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");const E=h,$=(()=>{const w=(()=>{const S={};return{on(L,k){return S[L]=k,()=>{delete S[L]}},emit(L){"id"in L&&S[L.id]?.(L)}}})(),y={connecting:c?.connecting?[c.connecting]:[],opened:c?.opened?[c.opened]:[],connected:c?.connected?[c.connected]:[],ping:c?.ping?[c.ping]:[],pong:c?.pong?[c.pong]:[],message:c?.message?[w.emit,c.message]:[w.emit],closed:c?.closed?[c.closed]:[],error:c?.error?[c.error]:[]};return{onMessage:w.on,on(S,L){const k=y[S];return k.push(L),()=>{const D=k.indexOf(L);D>-1&&k.splice(D,1)}},emit(S,...L){for(const k of[...y[S]])k(...L)}}})();function I(w){const y=[$.on("error",S=>{y.forEach(L=>L()),w(S)}),$.on("closed",S=>{y.forEach(L=>L()),w(S)})];return()=>y.forEach(S=>S())}let T,O=0,P,C=!1,b=0,R=!1;async function N(){clearTimeout(P);const[w,y]=await(T??(T=new Promise((k,D)=>(async()=>{if(C){if(await d(b),!O)return T=void 0,D({code:1e3,reason:"All Subscriptions Gone"});b++}$.emit("connecting",C);const A=new E(typeof n=="function"?await n():n,to);let X,ie;function re(){isFinite(l)&&l>0&&(clearTimeout(ie),ie=setTimeout(()=>{A.readyState===E.OPEN&&(A.send(Fe({type:le.Ping})),$.emit("ping",!1,void 0))},l))}I(V=>{T=void 0,clearTimeout(X),clearTimeout(ie),D(V),V instanceof Gt&&(A.close(4499,"Terminated"),A.onerror=null,A.onclose=null)}),A.onerror=V=>$.emit("error",V),A.onclose=V=>$.emit("closed",V),A.onopen=async()=>{try{$.emit("opened",A);const V=typeof t=="function"?await t():t;if(A.readyState!==E.OPEN)return;A.send(Fe(V?{type:le.ConnectionInit,payload:V}:{type:le.ConnectionInit},_)),isFinite(u)&&u>0&&(X=setTimeout(()=>{A.close(ae.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},u)),re()}catch(V){$.emit("error",V),A.close(ae.InternalClientError,Ht(V instanceof Error?V.message:String(V),"Internal client error"))}};let fe=!1;A.onmessage=({data:V})=>{try{const ee=io(V,v);if($.emit("message",ee),ee.type==="ping"||ee.type==="pong"){$.emit(ee.type,!0,ee.payload),ee.type==="pong"?re():s||(A.send(Fe(ee.payload?{type:le.Pong,payload:ee.payload}:{type:le.Pong},_)),$.emit("pong",!1,ee.payload));return}if(fe)return;if(ee.type!==le.ConnectionAck)throw new Error(`First message cannot be of type ${ee.type}`);clearTimeout(X),fe=!0,$.emit("connected",A,ee.payload,C),C=!1,b=0;const Nt=new Promise((Ys,ar)=>I(ar));Nt.catch(()=>{}),k([A,Nt])}catch(ee){A.onmessage=null,$.emit("error",ee),A.close(ae.BadResponse,Ht(ee instanceof Error?ee.message:String(ee),"Bad response"))}}})())));w.readyState===E.CLOSING&&await y;let S=()=>{};const L=new Promise(k=>S=k);return[w,S,new Promise((k,D)=>{const A=I(D);w.readyState!==E.OPEN&&y.catch(D),L.then(()=>{if(A(),!O){const X=()=>w.close(1e3,"Normal Closure");isFinite(a)&&a>0?(clearTimeout(P),P=setTimeout(()=>{!O&&w.readyState===E.OPEN&&X()},a)):X()}k()})})]}function Z(w){if(Fn(w)&&(oo(w.code)||[ae.InternalServerError,ae.InternalClientError,ae.BadRequest,ae.BadResponse,ae.Unauthorized,ae.SubprotocolNotAcceptable,ae.SubscriberAlreadyExists,ae.TooManyInitialisationRequests].includes(w.code)))throw w;if(R)return!1;if(Fn(w)&&w.code===1e3)return O>0;if(!g||b>=g||!p(w))throw w;return C=!0}i||(async()=>{for(O++;;)try{const[,,w]=await N();await w}catch(w){try{if(!Z(w))return}catch(y){return o?.(y)}}})();function H(w,y){const S=m(w);let L=!1,k=!1,D=()=>{O--,L=!0};return(async()=>{for(O++;;)try{const[A,X,ie]=await N();if(L)return ie.catch(()=>{}),X();const re=$.onMessage(S,fe=>{switch(fe.type){case le.Next:{y.next(fe.payload);return}case le.Error:{k=!0,L=!0,y.error(fe.payload),D();return}case le.Complete:{L=!0,D();return}}});A.send(Fe({id:S,type:le.Subscribe,payload:w},_)),D=()=>{!L&&A.readyState===E.OPEN&&A.send(Fe({id:S,type:le.Complete},_)),O--,L=!0,X()},await ie.finally(re);return}catch(A){if(!Z(A))return}})().then(()=>{k||y.complete()}).catch(A=>{y.error(A)}),()=>{L||D()}}return{on:$.on,subscribe:H,iterate(w){const y=[],S={done:!1,error:null,resolve:()=>{}},L=H(w,{next(D){y.push(D),S.resolve()},error(D){S.done=!0,S.error=D,S.resolve()},complete(){S.done=!0,S.resolve()}}),k=(async function*(){for(;;){for(y.length||await new Promise(A=>S.resolve=A);y.length;)yield y.shift();if(S.error)throw S.error;if(S.done)return}})();return k.throw=async D=>(S.done||(S.done=!0,S.error=D,S.resolve()),{done:!0,value:void 0}),k.return=async()=>(L(),{done:!0,value:void 0}),k},async dispose(){if(R=!0,T){const[w]=await T;w.close(1e3,"Normal Closure")}},terminate(){T&&$.emit("closed",new Gt)}}}class Gt extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1}function Fn(e){return Ie(e)&&"code"in e&&"reason"in e}function oo(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function so(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}const qn="lawtracker-token";function Ai(e,n){const t=window.getSelection();if(!e||!t||t.rangeCount===0||t.isCollapsed)return;const i=t.getRangeAt(0);if(!e.contains(i.startContainer)||!e.contains(i.endContainer))return;const o=document.createRange();o.setStart(e,0),o.setEnd(i.startContainer,i.startOffset);const a=o.toString().length;return n.slice(a,a+i.toString().length)}let In;const Qn=new Set;function qe(e){In=e,Qn.forEach(n=>n(e))}function ki(e){return e?.kind==="session"?{"x-csrf-token":e.csrfToken}:e?.kind==="token"?{authorization:`Bearer ${e.token}`}:{}}async function $t(e,n,t={}){return fetch(e,{method:"POST",credentials:"same-origin",headers:{"content-type":"application/json",...t},body:JSON.stringify(n)})}async function qi(e){const n=await e.json().catch(()=>({}));if(e.ok&&n.login&&n.csrfToken){sessionStorage.removeItem(qn),qe({kind:"session",login:n.login,role:n.role??"",csrfToken:n.csrfToken});return}if(e.status===401)return{kind:"refused"};if(e.status===429)return{kind:"throttled",seconds:Number(e.headers.get("retry-after"))||60};const t=n.errors?.[0],i=t?.extensions?.field,o=(t?.message??`HTTP ${e.status}`).replace(/^\w+: /,"");return i==="code"||i==="login"||i==="password"?{kind:"field",field:i,message:o}:{kind:"other",message:o}}async function ao(e,n){try{return await qi(await $t("/auth/sign-in",{login:e,password:n}))}catch(t){return{kind:"other",message:String(t)}}}async function lo(e,n,t){try{return await qi(await $t("/auth/accept-invitation",{code:e,login:n,password:t}))}catch(i){return{kind:"other",message:String(i)}}}function co(e){sessionStorage.setItem(qn,e),qe({kind:"token",token:e})}async function uo(){const e=In;if(sessionStorage.removeItem(qn),e?.kind==="session"){const n=await $t("/auth/sign-out",{},ki(e)).catch(()=>{});if(!n||!n.ok&&n.status!==401)return!1}return qe(null),!0}async function Di(){const e=sessionStorage.getItem(qn);if(e)return qe({kind:"token",token:e});try{const n=await fetch("/auth/session",{credentials:"same-origin"}),t=await n.json().catch(()=>({}));if(n.ok&&t.login&&t.csrfToken)return qe({kind:"session",login:t.login,role:t.role??"",csrfToken:t.csrfToken})}catch{}qe(null)}function xi(){const[e,n]=Q(In);return Ce(()=>(Qn.add(n),n(In),()=>{Qn.delete(n)}),[]),{auth:e??null,checking:e===void 0}}class wn extends Error{constructor(n){super(n.map(t=>t.message).join("; ")),this.errors=n}get code(){return this.errors[0]?.extensions?.code}}async function Xe(e,n,t){const i=await fetch("/graphql",{method:"POST",credentials:"same-origin",headers:{"content-type":"application/json",...ki(t)},body:JSON.stringify({query:e.toString(),variables:n})}),o=await i.json().catch(()=>({}));if(!i.ok&&!o.errors?.length)throw new wn([{message:`HTTP ${i.status} from /graphql`}]);if(o.errors?.length)throw new wn(o.errors);return o.data}let cn;const Un=new Set,go="subscription { changes { id entityType entitySlug related } }";function po(e){if(Un.add(e),!cn){const n=`${location.protocol==="https:"?"wss":"ws"}://${location.host}/ws`;cn=ro({url:n,retryAttempts:1/0,lazy:!1}),cn.subscribe({query:go},{next:t=>{const i=t.data?.changes;i&&Un.forEach(o=>o(i))},error:()=>{},complete:()=>{}}),cn.on("connected",()=>document.documentElement.setAttribute("data-live","connected"))}return()=>{Un.delete(e)}}function ne(e,n,t=!0){const i=JSON.stringify(n),[o,a]=Q({loading:!0}),[l,s]=Q(0);return Ce(()=>{let u=!0;return a(g=>({...g,loading:!0})),Xe(e,n).then(g=>u&&a({data:g,loading:!1})).catch(g=>u&&a({error:g,loading:!1})),()=>{u=!1}},[i,l]),Ce(()=>{if(!t)return;let u;const g=po(()=>{clearTimeout(u),u=setTimeout(()=>s(d=>d+1),150)});return()=>{clearTimeout(u),g()}},[t]),{...o,reload:()=>s(u=>u+1)}}const fo=j(`
  query LawPage($lang: Language) {
    laws(first: 1) {
      nodes {
        slug
        number
        title(lang: $lang) { text }
        status
        summary
        stages { slug occurredOn kind chamber outcome description }
        events { slug kind occurredOn title(lang: $lang) provision { slug } }
        provisions(first: 100) { nodes { slug article heading(lang: $lang) theme status } }
      }
    }
  }
`);function Tn(e){const[n,t="1",i="1"]=e.split("-");return Date.UTC(Number(n),Number(t)-1,Number(i))/864e5}function ho({items:e,label:n}){if(e.length===0)return null;const t=e.map(s=>Tn(s.date)),i=Math.min(...t),o=Math.max(...t),a=1e3,l=s=>20+(s-i)/Math.max(1,o-i)*(a-40);return r("figure",{class:"axis",children:r("svg",{viewBox:`0 0 ${a} 60`,role:"img","aria-label":n,children:[r("line",{x1:"20",x2:a-20,y1:"30",y2:"30",stroke:"#333"}),e.map((s,u)=>r("circle",{cx:l(Tn(s.date)),cy:s.kind==="stage"?22:38,r:"5",class:s.kind==="stage"?"dot-stage":"dot-event","data-index":u,children:r("title",{children:`${s.date} — ${s.label}`})})),r("text",{x:"20",y:"56",class:"axis-label",children:e[0]?.date}),r("text",{x:a-20,y:"56","text-anchor":"end",class:"axis-label",children:e[e.length-1]?.date})]})})}function Bt(){const{t:e,label:n,href:t,apiLang:i}=U(),o=ne(fo,{lang:i});return r(pe,{query:o,children:a=>{const l=a.laws.nodes[0];if(!l)return r("p",{children:e.notFound});const s=[...l.stages.map(d=>({key:d.slug,date:d.occurredOn,label:d.description,kind:"stage"})),...l.events.map(d=>({key:d.slug,date:d.occurredOn,label:d.title,kind:"event"}))].sort((d,p)=>Tn(d.date)-Tn(p.date)),u=new Map;for(const d of l.provisions.nodes)u.set(d.theme,[...u.get(d.theme)??[],d]);const g=[...u.entries()].sort(([d],[p])=>+(d==="UNKNOWN")-+(p==="UNKNOWN"));return r(M,{children:[r("h1",{children:l.title.text}),r("p",{children:[l.number?`${e.lawNumber(l.number)} · `:"",e.status,e.colon,r(Je,{value:l.status})]}),r("p",{children:l.summary}),r("h2",{children:e.timeAxis}),r(ho,{items:s,label:e.timeAxis}),r("p",{class:"legend",children:[r("span",{class:"key key-stage","aria-hidden":"true"})," ",e.stages," · ",r("span",{class:"key key-event","aria-hidden":"true"})," ",e.events]}),r("ol",{class:"chrono",children:s.map(d=>r("li",{class:`chrono-${d.kind}`,children:[r("time",{children:d.date})," ",r("span",{class:`tag tag-${d.kind}`,children:n(d.kind==="stage"?"LEGISLATIVE_STAGE":"LIFECYCLE_EVENT")})," ",d.label]}))}),r("h2",{children:e.articlesByTheme}),g.map(([d,p])=>r("section",{class:"theme",children:[r("h3",{children:n(d)}),r("ul",{children:p.map(c=>r("li",{children:[r("a",{href:t(`/provisions/${c.slug}`),children:[c.article?`${c.article} — `:"",c.heading]})," ",r(Je,{value:c.status})]}))})]}))]})}})}function St({claims:e}){const{t:n}=U();return e.length===0?null:r("section",{children:[r("h2",{children:n.claims}),e.map(t=>r("div",{class:"claim-question",children:[r("h3",{children:[t.question," ",t.contested&&r("span",{class:"badge badge-weak",children:n.contested})]}),r("div",{class:"side-by-side",children:t.claims.map(i=>r("div",{class:"claim",children:[r("p",{class:"claim-value",children:i.value}),r(ke,{value:i.corroboration}),r(de,{citations:i.citations})]}))})]}))]})}const mo=j(`
  query ProvisionPage($slug: ID!, $lang: Language) {
    provision(id: $slug) {
      slug article heading(lang: $lang) summary: localizedSummary(lang: $lang) { text language } status theme version
      law { stages { slug occurredOn description } }
      events { slug kind occurredOn title(lang: $lang) }
      parameters { name label(lang: $lang) display(lang: $lang) baseline stage { slug occurredOn } }
      corroboration { sourceCount bestReliability onlyLowReliability }
      citations { quote note source { slug title reliability } }
      incidents {
        relation note
        incident { slug title(lang: $lang) occurredOn facility { name } }
        citations { quote note source { slug title reliability } }
        corroboration { sourceCount bestReliability onlyLowReliability }
      }
      criticisms {
        note
        criticism { slug stance summary(lang: $lang) rights author { slug name } }
        citations { quote note source { slug title reliability } }
        corroboration { sourceCount bestReliability onlyLowReliability }
      }
      claims {
        slug question contested
        claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } }
      }
    }
  }
`),_o=j(`
  query ProvisionDiff($slug: ID!, $from: String!, $to: String!, $lang: Language) {
    provision(id: $slug) {
      diff(from: $from, to: $to) {
        from to statusFrom statusTo
        measures { name from { label(lang: $lang) display(lang: $lang) beforeTheLaw } to { label(lang: $lang) display(lang: $lang) beforeTheLaw } }
        textFrom { kind text source { slug title } }
        textTo { kind text source { slug title } }
        text { change text }
      }
    }
  }
`);function yo(e){const n=new Date(`${e.length===10?e:`${e}-01`.slice(0,10)}T00:00:00Z`);return n.setUTCDate(n.getUTCDate()-1),n.toISOString().slice(0,10)}function vo({parameters:e,stages:n}){const{t}=U();if(e.length===0)return null;const i=[...new Set(e.map(a=>a.name))],o=n.filter(a=>e.some(l=>l.stage?.slug===a.slug));return r("table",{class:"parameters",children:[r("caption",{children:t.parameters}),r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:t.measure}),r("th",{scope:"col",children:t.beforeTheLaw}),o.map(a=>r("th",{scope:"col",children:[r("time",{children:a.occurredOn}),r("br",{}),a.slug]}))]})}),r("tbody",{children:i.map(a=>{const l=e.filter(s=>s.name===a);return r("tr",{children:[r("th",{scope:"row",children:l[0].label}),r("td",{children:l.find(s=>s.baseline)?.baseline??""}),o.map(s=>r("td",{children:l.filter(u=>u.stage?.slug===s.slug).map(u=>u.display).join(" · ")}))]})})})]})}function Eo({slug:e,from:n,to:t}){const{t:i,apiLang:o}=U(),a=ne(_o,{slug:e,from:n,to:t,lang:o});return r(pe,{query:a,children:l=>{const s=l.provision?.diff;return s?r("div",{class:"diff","aria-live":"polite",children:[r("p",{children:[s.from," → ",s.to," · ",i.status,i.colon,s.statusFrom?r(Je,{value:s.statusFrom}):"—"," → ",s.statusTo?r(Je,{value:s.statusTo}):"—"]}),r("h3",{children:i.measures}),s.measures.length===0?r("p",{children:i.noMeasureChange}):r("table",{class:"measures",children:[r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:i.measure}),r("th",{scope:"col",children:s.from}),r("th",{scope:"col",children:s.to})]})}),r("tbody",{children:s.measures.map(u=>r("tr",{class:"measure-change","data-name":u.name,children:[r("th",{scope:"row",children:u.from?.label??u.to?.label??u.name}),r("td",{class:"measure-from",children:r("del",{children:u.from?.display??"—"})}),r("td",{class:"measure-to",children:r("ins",{children:u.to?.display??"—"})})]}))})]}),r("h3",{children:i.text}),s.text.length===0?r("p",{children:i.noText}):r(M,{children:[[s.textFrom,s.textTo].some(u=>u?.kind==="SOURCE_ACCOUNT")&&r("p",{class:"note",children:i.sourceAccount}),r("p",{class:"text-diff",children:s.text.map(u=>u.change==="DELETED"?r("del",{children:u.text}):u.change==="INSERTED"?r("ins",{children:u.text}):r("span",{children:u.text}))})]})]}):null}})}function bo({slug:e}){const{t:n,lang:t,label:i,href:o,apiLang:a}=U(),{query:l,path:s,route:u}=Ee(),g=ne(mo,{slug:e,lang:a});return r(pe,{query:g,children:d=>{const p=d.provision;if(!p)return r("h1",{children:n.notFound});const c=p.law.stages,f=c[0]?yo(c[0].occurredOn):"2000-01-01",m=l.from||f,_=l.to||(c.find(h=>h.slug==="promulgation")??c[c.length-1])?.slug||f,v=h=>{h.preventDefault();const E=new FormData(h.currentTarget),$=new URLSearchParams(l);$.set("from",String(E.get("from"))),$.set("to",String(E.get("to"))),u(`${s}?${$}`)};return r(M,{children:[r("h1",{children:[p.article?`${p.article} — `:"",p.heading]}),r("p",{children:[n.status,n.colon,r(Je,{value:p.status})," · ",i(p.theme)," · ",r(ke,{value:p.corroboration})]}),r("p",{class:"summary",lang:p.summary.language.toLowerCase(),children:p.summary.text}),p.summary.language.toLowerCase()!==t&&r("p",{class:"note",children:n.notTranslated}),r(de,{citations:p.citations}),p.events.length>0&&r(M,{children:[r("h2",{children:n.events}),r("ul",{children:p.events.map(h=>r("li",{children:[r("time",{children:h.occurredOn})," ",h.title]}))})]}),r(vo,{parameters:p.parameters,stages:c}),r("h2",{children:n.diff}),r("form",{class:"diff-form",onSubmit:v,children:[r("datalist",{id:"moments",children:[r("option",{value:f,children:n.beforeTheLaw}),c.map(h=>r("option",{value:h.slug,children:[h.occurredOn," — ",h.description]}))]}),r("label",{children:[n.diffFrom," ",r("input",{name:"from",list:"moments",defaultValue:m,"aria-describedby":"diff-help"})]}),r("label",{children:[n.diffTo," ",r("input",{name:"to",list:"moments",defaultValue:_,"aria-describedby":"diff-help"})]}),r("button",{type:"submit",children:n.diff}),r("small",{id:"diff-help",children:n.diffHelp})]},`${m}|${_}`),r(Eo,{slug:p.slug,from:m,to:_}),r("h2",{children:n.incidents}),p.incidents.length===0?r("p",{children:n.none}):r("ul",{class:"links",children:p.incidents.map(h=>r("li",{children:[r("a",{href:o(`/incidents/${h.incident.slug}`),children:h.incident.title})," (",h.incident.occurredOn,h.incident.facility?`, ${h.incident.facility.name}`:"",") · ",i(h.relation)," · ",r(ke,{value:h.corroboration}),h.note&&r("p",{class:"note",children:h.note}),r(de,{citations:h.citations})]}))}),r("h2",{children:n.criticisms}),p.criticisms.length===0?r("p",{children:n.none}):r("ul",{class:"links criticisms",children:p.criticisms.map(h=>r("li",{"data-slug":h.criticism.slug,children:[r("a",{href:o(`/actors/${h.criticism.author.slug}`),children:h.criticism.author.name})," · ",i(h.criticism.stance)," ·"," ",r("a",{href:o(`/criticisms/${h.criticism.slug}`),children:h.criticism.summary})," · ",r(ke,{value:h.corroboration}),r(de,{citations:h.citations})]}))}),r(St,{claims:p.claims})]})}})}function yn(e,n){return e==null||n==null?NaN:e<n?-1:e>n?1:e>=n?0:NaN}function $o(e,n){return e==null||n==null?NaN:n<e?-1:n>e?1:n>=e?0:NaN}function Mi(e){let n,t,i;e.length!==2?(n=yn,t=(s,u)=>yn(e(s),u),i=(s,u)=>e(s)-u):(n=e===yn||e===$o?e:So,t=e,i=e);function o(s,u,g=0,d=s.length){if(g<d){if(n(u,u)!==0)return d;do{const p=g+d>>>1;t(s[p],u)<0?g=p+1:d=p}while(g<d)}return g}function a(s,u,g=0,d=s.length){if(g<d){if(n(u,u)!==0)return d;do{const p=g+d>>>1;t(s[p],u)<=0?g=p+1:d=p}while(g<d)}return g}function l(s,u,g=0,d=s.length){const p=o(s,u,g,d-1);return p>g&&i(s[p-1],u)>-i(s[p],u)?p-1:p}return{left:o,center:l,right:a}}function So(){return 0}function Io(e){return e===null?NaN:+e}Mi(yn);Mi(Io).center;class Oe{constructor(){this._partials=new Float64Array(32),this._n=0}add(n){const t=this._partials;let i=0;for(let o=0;o<this._n&&o<32;o++){const a=t[o],l=n+a,s=Math.abs(n)<Math.abs(a)?n-(l-a):a-(l-n);s&&(t[i++]=s),n=l}return t[i]=n,this._n=i+1,this}valueOf(){const n=this._partials;let t=this._n,i,o,a,l=0;if(t>0){for(l=n[--t];t>0&&(i=l,o=n[--t],l=i+o,a=o-(l-i),!a););t>0&&(a<0&&n[t-1]<0||a>0&&n[t-1]>0)&&(o=a*2,i=l+o,o==i-l&&(l=i))}return l}}function*wo(e){for(const n of e)yield*n}function Fi(e){return Array.from(wo(e))}var x=1e-6,q=Math.PI,J=q/2,Wt=q/4,ge=q*2,he=180/q,te=q/180,W=Math.abs,It=Math.atan,De=Math.atan2,B=Math.cos,To=Math.exp,Zn=Math.log,Hn=Math.pow,Y=Math.sin,Ge=Math.sign||function(e){return e>0?1:e<0?-1:0},Se=Math.sqrt,Ui=Math.tan;function No(e){return e>1?0:e<-1?q:Math.acos(e)}function Qe(e){return e>1?J:e<-1?-J:Math.asin(e)}function ue(){}function Nn(e,n){e&&Yt.hasOwnProperty(e.type)&&Yt[e.type](e,n)}var Vt={Feature:function(e,n){Nn(e.geometry,n)},FeatureCollection:function(e,n){for(var t=e.features,i=-1,o=t.length;++i<o;)Nn(t[i].geometry,n)}},Yt={Sphere:function(e,n){n.sphere()},Point:function(e,n){e=e.coordinates,n.point(e[0],e[1],e[2])},MultiPoint:function(e,n){for(var t=e.coordinates,i=-1,o=t.length;++i<o;)e=t[i],n.point(e[0],e[1],e[2])},LineString:function(e,n){et(e.coordinates,n,0)},MultiLineString:function(e,n){for(var t=e.coordinates,i=-1,o=t.length;++i<o;)et(t[i],n,0)},Polygon:function(e,n){zt(e.coordinates,n)},MultiPolygon:function(e,n){for(var t=e.coordinates,i=-1,o=t.length;++i<o;)zt(t[i],n)},GeometryCollection:function(e,n){for(var t=e.geometries,i=-1,o=t.length;++i<o;)Nn(t[i],n)}};function et(e,n,t){var i=-1,o=e.length-t,a;for(n.lineStart();++i<o;)a=e[i],n.point(a[0],a[1],a[2]);n.lineEnd()}function zt(e,n){var t=-1,i=e.length;for(n.polygonStart();++t<i;)et(e[t],n,1);n.polygonEnd()}function Pe(e,n){e&&Vt.hasOwnProperty(e.type)?Vt[e.type](e,n):Nn(e,n)}function nt(e){return[De(e[1],e[0]),Qe(e[2])]}function xe(e){var n=e[0],t=e[1],i=B(t);return[i*B(n),i*Y(n),Y(t)]}function un(e,n){return e[0]*n[0]+e[1]*n[1]+e[2]*n[2]}function Cn(e,n){return[e[1]*n[2]-e[2]*n[1],e[2]*n[0]-e[0]*n[2],e[0]*n[1]-e[1]*n[0]]}function Gn(e,n){e[0]+=n[0],e[1]+=n[1],e[2]+=n[2]}function dn(e,n){return[e[0]*n,e[1]*n,e[2]*n]}function tt(e){var n=Se(e[0]*e[0]+e[1]*e[1]+e[2]*e[2]);e[0]/=n,e[1]/=n,e[2]/=n}function it(e,n){function t(i,o){return i=e(i,o),n(i[0],i[1])}return e.invert&&n.invert&&(t.invert=function(i,o){return i=n.invert(i,o),i&&e.invert(i[0],i[1])}),t}function rt(e,n){return W(e)>q&&(e-=Math.round(e/ge)*ge),[e,n]}rt.invert=rt;function Co(e,n,t){return(e%=ge)?n||t?it(Kt(e),Jt(n,t)):Kt(e):n||t?Jt(n,t):rt}function jt(e){return function(n,t){return n+=e,W(n)>q&&(n-=Math.round(n/ge)*ge),[n,t]}}function Kt(e){var n=jt(e);return n.invert=jt(-e),n}function Jt(e,n){var t=B(e),i=Y(e),o=B(n),a=Y(n);function l(s,u){var g=B(u),d=B(s)*g,p=Y(s)*g,c=Y(u),f=c*t+d*i;return[De(p*o-f*a,d*t-c*i),Qe(f*o+p*a)]}return l.invert=function(s,u){var g=B(u),d=B(s)*g,p=Y(s)*g,c=Y(u),f=c*o-p*a;return[De(p*o+c*a,d*t+f*i),Qe(f*t-d*i)]},l}function Oo(e,n,t,i,o,a){if(t){var l=B(n),s=Y(n),u=i*t;o==null?(o=n+i*ge,a=n-u/2):(o=Xt(l,o),a=Xt(l,a),(i>0?o<a:o>a)&&(o+=i*ge));for(var g,d=o;i>0?d>a:d<a;d-=u)g=nt([l,-s*B(d),-s*Y(d)]),e.point(g[0],g[1])}}function Xt(e,n){n=xe(n),n[0]-=e,tt(n);var t=No(-n[1]);return((-n[2]<0?-t:t)+ge-x)%ge}function Hi(){var e=[],n;return{point:function(t,i,o){n.push([t,i,o])},lineStart:function(){e.push(n=[])},lineEnd:ue,rejoin:function(){e.length>1&&e.push(e.pop().concat(e.shift()))},result:function(){var t=e;return e=[],n=null,t}}}function vn(e,n){return W(e[0]-n[0])<x&&W(e[1]-n[1])<x}function gn(e,n,t,i){this.x=e,this.z=n,this.o=t,this.e=i,this.v=!1,this.n=this.p=null}function Gi(e,n,t,i,o){var a=[],l=[],s,u;if(e.forEach(function(m){if(!((_=m.length-1)<=0)){var _,v=m[0],h=m[_],E;if(vn(v,h)){if(!v[2]&&!h[2]){for(o.lineStart(),s=0;s<_;++s)o.point((v=m[s])[0],v[1]);o.lineEnd();return}h[0]+=2*x}a.push(E=new gn(v,m,null,!0)),l.push(E.o=new gn(v,null,E,!1)),a.push(E=new gn(h,m,null,!1)),l.push(E.o=new gn(h,null,E,!0))}}),!!a.length){for(l.sort(n),Qt(a),Qt(l),s=0,u=l.length;s<u;++s)l[s].e=t=!t;for(var g=a[0],d,p;;){for(var c=g,f=!0;c.v;)if((c=c.n)===g)return;d=c.z,o.lineStart();do{if(c.v=c.o.v=!0,c.e){if(f)for(s=0,u=d.length;s<u;++s)o.point((p=d[s])[0],p[1]);else i(c.x,c.n.x,1,o);c=c.n}else{if(f)for(d=c.p.z,s=d.length-1;s>=0;--s)o.point((p=d[s])[0],p[1]);else i(c.x,c.p.x,-1,o);c=c.p}c=c.o,d=c.z,f=!f}while(!c.v);o.lineEnd()}}}function Qt(e){if(n=e.length){for(var n,t=0,i=e[0],o;++t<n;)i.n=o=e[t],o.p=i,i=o;i.n=o=e[0],o.p=i}}function Bn(e){return W(e[0])<=q?e[0]:Ge(e[0])*((W(e[0])+q)%ge-q)}function Ro(e,n){var t=Bn(n),i=n[1],o=Y(i),a=[Y(t),-B(t),0],l=0,s=0,u=new Oe;o===1?i=J+x:o===-1&&(i=-J-x);for(var g=0,d=e.length;g<d;++g)if(c=(p=e[g]).length)for(var p,c,f=p[c-1],m=Bn(f),_=f[1]/2+Wt,v=Y(_),h=B(_),E=0;E<c;++E,m=I,v=O,h=P,f=$){var $=p[E],I=Bn($),T=$[1]/2+Wt,O=Y(T),P=B(T),C=I-m,b=C>=0?1:-1,R=b*C,N=R>q,Z=v*O;if(u.add(De(Z*b*Y(R),h*P+Z*B(R))),l+=N?C+b*ge:C,N^m>=t^I>=t){var H=Cn(xe(f),xe($));tt(H);var w=Cn(a,H);tt(w);var y=(N^C>=0?-1:1)*Qe(w[2]);(i>y||i===y&&(H[0]||H[1]))&&(s+=N^C>=0?1:-1)}}return(l<-x||l<x&&u<-1e-12)^s&1}function Bi(e,n,t,i){return function(o){var a=n(o),l=Hi(),s=n(l),u=!1,g,d,p,c={point:f,lineStart:_,lineEnd:v,polygonStart:function(){c.point=h,c.lineStart=E,c.lineEnd=$,d=[],g=[]},polygonEnd:function(){c.point=f,c.lineStart=_,c.lineEnd=v,d=Fi(d);var I=Ro(g,i);d.length?(u||(o.polygonStart(),u=!0),Gi(d,Po,I,t,o)):I&&(u||(o.polygonStart(),u=!0),o.lineStart(),t(null,null,1,o),o.lineEnd()),u&&(o.polygonEnd(),u=!1),d=g=null},sphere:function(){o.polygonStart(),o.lineStart(),t(null,null,1,o),o.lineEnd(),o.polygonEnd()}};function f(I,T){e(I,T)&&o.point(I,T)}function m(I,T){a.point(I,T)}function _(){c.point=m,a.lineStart()}function v(){c.point=f,a.lineEnd()}function h(I,T){p.push([I,T]),s.point(I,T)}function E(){s.lineStart(),p=[]}function $(){h(p[0][0],p[0][1]),s.lineEnd();var I=s.clean(),T=l.result(),O,P=T.length,C,b,R;if(p.pop(),g.push(p),p=null,!!P){if(I&1){if(b=T[0],(C=b.length-1)>0){for(u||(o.polygonStart(),u=!0),o.lineStart(),O=0;O<C;++O)o.point((R=b[O])[0],R[1]);o.lineEnd()}return}P>1&&I&2&&T.push(T.pop().concat(T.shift())),d.push(T.filter(Lo))}}return c}}function Lo(e){return e.length>1}function Po(e,n){return((e=e.x)[0]<0?e[1]-J-x:J-e[1])-((n=n.x)[0]<0?n[1]-J-x:J-n[1])}var Zt=Bi(function(){return!0},Ao,qo,[-q,-J]);function Ao(e){var n=NaN,t=NaN,i=NaN,o;return{lineStart:function(){e.lineStart(),o=1},point:function(a,l){var s=a>0?q:-q,u=W(a-n);W(u-q)<x?(e.point(n,t=(t+l)/2>0?J:-J),e.point(i,t),e.lineEnd(),e.lineStart(),e.point(s,t),e.point(a,t),o=0):i!==s&&u>=q&&(W(n-i)<x&&(n-=i*x),W(a-s)<x&&(a-=s*x),t=ko(n,t,a,l),e.point(i,t),e.lineEnd(),e.lineStart(),e.point(s,t),o=0),e.point(n=a,t=l),i=s},lineEnd:function(){e.lineEnd(),n=t=NaN},clean:function(){return 2-o}}}function ko(e,n,t,i){var o,a,l=Y(e-t);return W(l)>x?It((Y(n)*(a=B(i))*Y(t)-Y(i)*(o=B(n))*Y(e))/(o*a*l)):(n+i)/2}function qo(e,n,t,i){var o;if(e==null)o=t*J,i.point(-q,o),i.point(0,o),i.point(q,o),i.point(q,0),i.point(q,-o),i.point(0,-o),i.point(-q,-o),i.point(-q,0),i.point(-q,o);else if(W(e[0]-n[0])>x){var a=e[0]<n[0]?q:-q;o=t*a/2,i.point(-a,o),i.point(0,o),i.point(a,o)}else i.point(n[0],n[1])}function Do(e){var n=B(e),t=2*te,i=n>0,o=W(n)>x;function a(d,p,c,f){Oo(f,e,t,c,d,p)}function l(d,p){return B(d)*B(p)>n}function s(d){var p,c,f,m,_;return{lineStart:function(){m=f=!1,_=1},point:function(v,h){var E=[v,h],$,I=l(v,h),T=i?I?0:g(v,h):I?g(v+(v<0?q:-q),h):0;if(!p&&(m=f=I)&&d.lineStart(),I!==f&&($=u(p,E),(!$||vn(p,$)||vn(E,$))&&(E[2]=1)),I!==f)_=0,I?(d.lineStart(),$=u(E,p),d.point($[0],$[1])):($=u(p,E),d.point($[0],$[1],2),d.lineEnd()),p=$;else if(o&&p&&i^I){var O;!(T&c)&&(O=u(E,p,!0))&&(_=0,i?(d.lineStart(),d.point(O[0][0],O[0][1]),d.point(O[1][0],O[1][1]),d.lineEnd()):(d.point(O[1][0],O[1][1]),d.lineEnd(),d.lineStart(),d.point(O[0][0],O[0][1],3)))}I&&(!p||!vn(p,E))&&d.point(E[0],E[1]),p=E,f=I,c=T},lineEnd:function(){f&&d.lineEnd(),p=null},clean:function(){return _|(m&&f)<<1}}}function u(d,p,c){var f=xe(d),m=xe(p),_=[1,0,0],v=Cn(f,m),h=un(v,v),E=v[0],$=h-E*E;if(!$)return!c&&d;var I=n*h/$,T=-n*E/$,O=Cn(_,v),P=dn(_,I),C=dn(v,T);Gn(P,C);var b=O,R=un(P,b),N=un(b,b),Z=R*R-N*(un(P,P)-1);if(!(Z<0)){var H=Se(Z),w=dn(b,(-R-H)/N);if(Gn(w,P),w=nt(w),!c)return w;var y=d[0],S=p[0],L=d[1],k=p[1],D;S<y&&(D=y,y=S,S=D);var A=S-y,X=W(A-q)<x,ie=X||A<x;if(!X&&k<L&&(D=L,L=k,k=D),ie?X?L+k>0^w[1]<(W(w[0]-y)<x?L:k):L<=w[1]&&w[1]<=k:A>q^(y<=w[0]&&w[0]<=S)){var re=dn(b,(-R+H)/N);return Gn(re,P),[w,nt(re)]}}}function g(d,p){var c=i?e:q-e,f=0;return d<-c?f|=1:d>c&&(f|=2),p<-c?f|=4:p>c&&(f|=8),f}return Bi(l,s,a,i?[0,-e]:[-q,e-q])}function xo(e,n,t,i,o,a){var l=e[0],s=e[1],u=n[0],g=n[1],d=0,p=1,c=u-l,f=g-s,m;if(m=t-l,!(!c&&m>0)){if(m/=c,c<0){if(m<d)return;m<p&&(p=m)}else if(c>0){if(m>p)return;m>d&&(d=m)}if(m=o-l,!(!c&&m<0)){if(m/=c,c<0){if(m>p)return;m>d&&(d=m)}else if(c>0){if(m<d)return;m<p&&(p=m)}if(m=i-s,!(!f&&m>0)){if(m/=f,f<0){if(m<d)return;m<p&&(p=m)}else if(f>0){if(m>p)return;m>d&&(d=m)}if(m=a-s,!(!f&&m<0)){if(m/=f,f<0){if(m>p)return;m>d&&(d=m)}else if(f>0){if(m<d)return;m<p&&(p=m)}return d>0&&(e[0]=l+d*c,e[1]=s+d*f),p<1&&(n[0]=l+p*c,n[1]=s+p*f),!0}}}}}var Be=1e9,pn=-Be;function Mo(e,n,t,i){function o(g,d){return e<=g&&g<=t&&n<=d&&d<=i}function a(g,d,p,c){var f=0,m=0;if(g==null||(f=l(g,p))!==(m=l(d,p))||u(g,d)<0^p>0)do c.point(f===0||f===3?e:t,f>1?i:n);while((f=(f+p+4)%4)!==m);else c.point(d[0],d[1])}function l(g,d){return W(g[0]-e)<x?d>0?0:3:W(g[0]-t)<x?d>0?2:1:W(g[1]-n)<x?d>0?1:0:d>0?3:2}function s(g,d){return u(g.x,d.x)}function u(g,d){var p=l(g,1),c=l(d,1);return p!==c?p-c:p===0?d[1]-g[1]:p===1?g[0]-d[0]:p===2?g[1]-d[1]:d[0]-g[0]}return function(g){var d=g,p=Hi(),c,f,m,_,v,h,E,$,I,T,O,P={point:C,lineStart:Z,lineEnd:H,polygonStart:R,polygonEnd:N};function C(y,S){o(y,S)&&d.point(y,S)}function b(){for(var y=0,S=0,L=f.length;S<L;++S)for(var k=f[S],D=1,A=k.length,X=k[0],ie,re,fe=X[0],V=X[1];D<A;++D)ie=fe,re=V,X=k[D],fe=X[0],V=X[1],re<=i?V>i&&(fe-ie)*(i-re)>(V-re)*(e-ie)&&++y:V<=i&&(fe-ie)*(i-re)<(V-re)*(e-ie)&&--y;return y}function R(){d=p,c=[],f=[],O=!0}function N(){var y=b(),S=O&&y,L=(c=Fi(c)).length;(S||L)&&(g.polygonStart(),S&&(g.lineStart(),a(null,null,1,g),g.lineEnd()),L&&Gi(c,s,y,a,g),g.polygonEnd()),d=g,c=f=m=null}function Z(){P.point=w,f&&f.push(m=[]),T=!0,I=!1,E=$=NaN}function H(){c&&(w(_,v),h&&I&&p.rejoin(),c.push(p.result())),P.point=C,I&&d.lineEnd()}function w(y,S){var L=o(y,S);if(f&&m.push([y,S]),T)_=y,v=S,h=L,T=!1,L&&(d.lineStart(),d.point(y,S));else if(L&&I)d.point(y,S);else{var k=[E=Math.max(pn,Math.min(Be,E)),$=Math.max(pn,Math.min(Be,$))],D=[y=Math.max(pn,Math.min(Be,y)),S=Math.max(pn,Math.min(Be,S))];xo(k,D,e,n,t,i)?(I||(d.lineStart(),d.point(k[0],k[1])),d.point(D[0],D[1]),L||d.lineEnd(),O=!1):L&&(d.lineStart(),d.point(y,S),O=!1)}E=y,$=S,I=L}return P}}var ot=e=>e,Wn=new Oe,st=new Oe,Wi,Vi,at,lt,be={point:ue,lineStart:ue,lineEnd:ue,polygonStart:function(){be.lineStart=Fo,be.lineEnd=Ho},polygonEnd:function(){be.lineStart=be.lineEnd=be.point=ue,Wn.add(W(st)),st=new Oe},result:function(){var e=Wn/2;return Wn=new Oe,e}};function Fo(){be.point=Uo}function Uo(e,n){be.point=Yi,Wi=at=e,Vi=lt=n}function Yi(e,n){st.add(lt*e-at*n),at=e,lt=n}function Ho(){Yi(Wi,Vi)}var Me=1/0,On=Me,Ze=-Me,Rn=Ze,Ln={point:Go,lineStart:ue,lineEnd:ue,polygonStart:ue,polygonEnd:ue,result:function(){var e=[[Me,On],[Ze,Rn]];return Ze=Rn=-(On=Me=1/0),e}};function Go(e,n){e<Me&&(Me=e),e>Ze&&(Ze=e),n<On&&(On=n),n>Rn&&(Rn=n)}var ct=0,ut=0,We=0,Pn=0,An=0,Ae=0,dt=0,gt=0,Ve=0,zi,ji,_e,ye,ce={point:Re,lineStart:ei,lineEnd:ni,polygonStart:function(){ce.lineStart=Vo,ce.lineEnd=Yo},polygonEnd:function(){ce.point=Re,ce.lineStart=ei,ce.lineEnd=ni},result:function(){var e=Ve?[dt/Ve,gt/Ve]:Ae?[Pn/Ae,An/Ae]:We?[ct/We,ut/We]:[NaN,NaN];return ct=ut=We=Pn=An=Ae=dt=gt=Ve=0,e}};function Re(e,n){ct+=e,ut+=n,++We}function ei(){ce.point=Bo}function Bo(e,n){ce.point=Wo,Re(_e=e,ye=n)}function Wo(e,n){var t=e-_e,i=n-ye,o=Se(t*t+i*i);Pn+=o*(_e+e)/2,An+=o*(ye+n)/2,Ae+=o,Re(_e=e,ye=n)}function ni(){ce.point=Re}function Vo(){ce.point=zo}function Yo(){Ki(zi,ji)}function zo(e,n){ce.point=Ki,Re(zi=_e=e,ji=ye=n)}function Ki(e,n){var t=e-_e,i=n-ye,o=Se(t*t+i*i);Pn+=o*(_e+e)/2,An+=o*(ye+n)/2,Ae+=o,o=ye*e-_e*n,dt+=o*(_e+e),gt+=o*(ye+n),Ve+=o*3,Re(_e=e,ye=n)}function Ji(e){this._context=e}Ji.prototype={_radius:4.5,pointRadius:function(e){return this._radius=e,this},polygonStart:function(){this._line=0},polygonEnd:function(){this._line=NaN},lineStart:function(){this._point=0},lineEnd:function(){this._line===0&&this._context.closePath(),this._point=NaN},point:function(e,n){switch(this._point){case 0:{this._context.moveTo(e,n),this._point=1;break}case 1:{this._context.lineTo(e,n);break}default:{this._context.moveTo(e+this._radius,n),this._context.arc(e,n,this._radius,0,ge);break}}},result:ue};var pt=new Oe,Vn,Xi,Qi,Ye,ze,en={point:ue,lineStart:function(){en.point=jo},lineEnd:function(){Vn&&Zi(Xi,Qi),en.point=ue},polygonStart:function(){Vn=!0},polygonEnd:function(){Vn=null},result:function(){var e=+pt;return pt=new Oe,e}};function jo(e,n){en.point=Zi,Xi=Ye=e,Qi=ze=n}function Zi(e,n){Ye-=e,ze-=n,pt.add(Se(Ye*Ye+ze*ze)),Ye=e,ze=n}let ti,kn,ii,ri;class oi{constructor(n){this._append=n==null?er:Ko(n),this._radius=4.5,this._=""}pointRadius(n){return this._radius=+n,this}polygonStart(){this._line=0}polygonEnd(){this._line=NaN}lineStart(){this._point=0}lineEnd(){this._line===0&&(this._+="Z"),this._point=NaN}point(n,t){switch(this._point){case 0:{this._append`M${n},${t}`,this._point=1;break}case 1:{this._append`L${n},${t}`;break}default:{if(this._append`M${n},${t}`,this._radius!==ii||this._append!==kn){const i=this._radius,o=this._;this._="",this._append`m0,${i}a${i},${i} 0 1,1 0,${-2*i}a${i},${i} 0 1,1 0,${2*i}z`,ii=i,kn=this._append,ri=this._,this._=o}this._+=ri;break}}}result(){const n=this._;return this._="",n.length?n:null}}function er(e){let n=1;this._+=e[0];for(const t=e.length;n<t;++n)this._+=arguments[n]+e[n]}function Ko(e){const n=Math.floor(e);if(!(n>=0))throw new RangeError(`invalid digits: ${e}`);if(n>15)return er;if(n!==ti){const t=10**n;ti=n,kn=function(o){let a=1;this._+=o[0];for(const l=o.length;a<l;++a)this._+=Math.round(arguments[a]*t)/t+o[a]}}return kn}function Jo(e,n){let t=3,i=4.5,o,a;function l(s){return s&&(typeof i=="function"&&a.pointRadius(+i.apply(this,arguments)),Pe(s,o(a))),a.result()}return l.area=function(s){return Pe(s,o(be)),be.result()},l.measure=function(s){return Pe(s,o(en)),en.result()},l.bounds=function(s){return Pe(s,o(Ln)),Ln.result()},l.centroid=function(s){return Pe(s,o(ce)),ce.result()},l.projection=function(s){return arguments.length?(o=s==null?(e=null,ot):(e=s).stream,l):e},l.context=function(s){return arguments.length?(a=s==null?(n=null,new oi(t)):new Ji(n=s),typeof i!="function"&&a.pointRadius(i),l):n},l.pointRadius=function(s){return arguments.length?(i=typeof s=="function"?s:(a.pointRadius(+s),+s),l):i},l.digits=function(s){if(!arguments.length)return t;if(s==null)t=null;else{const u=Math.floor(s);if(!(u>=0))throw new RangeError(`invalid digits: ${s}`);t=u}return n===null&&(a=new oi(t)),l},l.projection(e).digits(t).context(n)}function wt(e){return function(n){var t=new ft;for(var i in e)t[i]=e[i];return t.stream=n,t}}function ft(){}ft.prototype={constructor:ft,point:function(e,n){this.stream.point(e,n)},sphere:function(){this.stream.sphere()},lineStart:function(){this.stream.lineStart()},lineEnd:function(){this.stream.lineEnd()},polygonStart:function(){this.stream.polygonStart()},polygonEnd:function(){this.stream.polygonEnd()}};function Tt(e,n,t){var i=e.clipExtent&&e.clipExtent();return e.scale(150).translate([0,0]),i!=null&&e.clipExtent(null),Pe(t,e.stream(Ln)),n(Ln.result()),i!=null&&e.clipExtent(i),e}function nr(e,n,t){return Tt(e,function(i){var o=n[1][0]-n[0][0],a=n[1][1]-n[0][1],l=Math.min(o/(i[1][0]-i[0][0]),a/(i[1][1]-i[0][1])),s=+n[0][0]+(o-l*(i[1][0]+i[0][0]))/2,u=+n[0][1]+(a-l*(i[1][1]+i[0][1]))/2;e.scale(150*l).translate([s,u])},t)}function Xo(e,n,t){return nr(e,[[0,0],n],t)}function Qo(e,n,t){return Tt(e,function(i){var o=+n,a=o/(i[1][0]-i[0][0]),l=(o-a*(i[1][0]+i[0][0]))/2,s=-a*i[0][1];e.scale(150*a).translate([l,s])},t)}function Zo(e,n,t){return Tt(e,function(i){var o=+n,a=o/(i[1][1]-i[0][1]),l=-a*i[0][0],s=(o-a*(i[1][1]+i[0][1]))/2;e.scale(150*a).translate([l,s])},t)}var si=16,es=B(30*te);function ai(e,n){return+n?ts(e,n):ns(e)}function ns(e){return wt({point:function(n,t){n=e(n,t),this.stream.point(n[0],n[1])}})}function ts(e,n){function t(i,o,a,l,s,u,g,d,p,c,f,m,_,v){var h=g-i,E=d-o,$=h*h+E*E;if($>4*n&&_--){var I=l+c,T=s+f,O=u+m,P=Se(I*I+T*T+O*O),C=Qe(O/=P),b=W(W(O)-1)<x||W(a-p)<x?(a+p)/2:De(T,I),R=e(b,C),N=R[0],Z=R[1],H=N-i,w=Z-o,y=E*H-h*w;(y*y/$>n||W((h*H+E*w)/$-.5)>.3||l*c+s*f+u*m<es)&&(t(i,o,a,l,s,u,N,Z,b,I/=P,T/=P,O,_,v),v.point(N,Z),t(N,Z,b,I,T,O,g,d,p,c,f,m,_,v))}}return function(i){var o,a,l,s,u,g,d,p,c,f,m,_,v={point:h,lineStart:E,lineEnd:I,polygonStart:function(){i.polygonStart(),v.lineStart=T},polygonEnd:function(){i.polygonEnd(),v.lineStart=E}};function h(C,b){C=e(C,b),i.point(C[0],C[1])}function E(){p=NaN,v.point=$,i.lineStart()}function $(C,b){var R=xe([C,b]),N=e(C,b);t(p,c,d,f,m,_,p=N[0],c=N[1],d=C,f=R[0],m=R[1],_=R[2],si,i),i.point(p,c)}function I(){v.point=h,i.lineEnd()}function T(){E(),v.point=O,v.lineEnd=P}function O(C,b){$(o=C,b),a=p,l=c,s=f,u=m,g=_,v.point=$}function P(){t(p,c,d,f,m,_,a,l,o,s,u,g,si,i),v.lineEnd=I,I()}return v}}var is=wt({point:function(e,n){this.stream.point(e*te,n*te)}});function rs(e){return wt({point:function(n,t){var i=e(n,t);return this.stream.point(i[0],i[1])}})}function os(e,n,t,i,o){function a(l,s){return l*=i,s*=o,[n+e*l,t-e*s]}return a.invert=function(l,s){return[(l-n)/e*i,(t-s)/e*o]},a}function li(e,n,t,i,o,a){if(!a)return os(e,n,t,i,o);var l=B(a),s=Y(a),u=l*e,g=s*e,d=l/e,p=s/e,c=(s*t-l*n)/e,f=(s*n+l*t)/e;function m(_,v){return _*=i,v*=o,[u*_-g*v+n,t-g*_-u*v]}return m.invert=function(_,v){return[i*(d*_-p*v+c),o*(f-p*_-d*v)]},m}function ss(e){var n,t=150,i=480,o=250,a=0,l=0,s=0,u=0,g=0,d,p=0,c=1,f=1,m=null,_=Zt,v=null,h,E,$,I=ot,T=.5,O,P,C,b,R;function N(y){return C(y[0]*te,y[1]*te)}function Z(y){return y=C.invert(y[0],y[1]),y&&[y[0]*he,y[1]*he]}N.stream=function(y){return b&&R===y?b:b=is(rs(d)(_(O(I(R=y)))))},N.preclip=function(y){return arguments.length?(_=y,m=void 0,w()):_},N.postclip=function(y){return arguments.length?(I=y,v=h=E=$=null,w()):I},N.clipAngle=function(y){return arguments.length?(_=+y?Do(m=y*te):(m=null,Zt),w()):m*he},N.clipExtent=function(y){return arguments.length?(I=y==null?(v=h=E=$=null,ot):Mo(v=+y[0][0],h=+y[0][1],E=+y[1][0],$=+y[1][1]),w()):v==null?null:[[v,h],[E,$]]},N.scale=function(y){return arguments.length?(t=+y,H()):t},N.translate=function(y){return arguments.length?(i=+y[0],o=+y[1],H()):[i,o]},N.center=function(y){return arguments.length?(a=y[0]%360*te,l=y[1]%360*te,H()):[a*he,l*he]},N.rotate=function(y){return arguments.length?(s=y[0]%360*te,u=y[1]%360*te,g=y.length>2?y[2]%360*te:0,H()):[s*he,u*he,g*he]},N.angle=function(y){return arguments.length?(p=y%360*te,H()):p*he},N.reflectX=function(y){return arguments.length?(c=y?-1:1,H()):c<0},N.reflectY=function(y){return arguments.length?(f=y?-1:1,H()):f<0},N.precision=function(y){return arguments.length?(O=ai(P,T=y*y),w()):Se(T)},N.fitExtent=function(y,S){return nr(N,y,S)},N.fitSize=function(y,S){return Xo(N,y,S)},N.fitWidth=function(y,S){return Qo(N,y,S)},N.fitHeight=function(y,S){return Zo(N,y,S)};function H(){var y=li(t,0,0,c,f,p).apply(null,n(a,l)),S=li(t,i-y[0],o-y[1],c,f,p);return d=Co(s,u,g),P=it(n,S),C=it(d,P),O=ai(P,T),w()}function w(){return b=R=null,N}return function(){return n=e.apply(this,arguments),N.invert=n.invert&&Z,H()}}function as(e){var n=0,t=q/3,i=ss(e),o=i(n,t);return o.parallels=function(a){return arguments.length?i(n=a[0]*te,t=a[1]*te):[n*he,t*he]},o}function tr(e,n){return[e,Zn(Ui((J+n)/2))]}tr.invert=function(e,n){return[e,2*It(To(n))-J]};function fn(e){return Ui((J+e)/2)}function ls(e,n){var t=B(e),i=e===n?Y(e):Zn(t/B(n))/Zn(fn(n)/fn(e)),o=t*Hn(fn(e),i)/i;if(!i)return tr;function a(l,s){o>0?s<-J+x&&(s=-J+x):s>J-x&&(s=J-x);var u=o/Hn(fn(s),i);return[u*Y(i*l),o-u*B(i*l)]}return a.invert=function(l,s){var u=o-s,g=Ge(i)*Se(l*l+u*u),d=De(l,W(u))*Ge(u);return u*i<0&&(d-=q*Ge(l)*Ge(u)),[d/i,2*It(Hn(o/g,1/i))-J]},a}function cs(){return as(ls).scale(109.5).parallels([30,30])}function ci(e,n){return[e,n]}ci.invert=ci;const us=j(`
  query MapPage($filter: IncidentFilterInput, $lang: Language) {
    incidentsGeojson(filter: $filter, lang: $lang)
    provisions(first: 100) { nodes { slug heading(lang: $lang) } }
  }
`),ds=["ARSON","GUNFIRE","VANDALISM","INTIMIDATION","GRAFFITI","RIOT","ASSAULT","SMUGGLING","ESCAPE_ATTEMPT","OTHER"],ui=600,di=600;function gs(){const{t:e,label:n,href:t,apiLang:i}=U(),{query:o,path:a,route:l}=Ee(),s={from:o.from||void 0,to:o.to||void 0,kind:o.kind||void 0,provision:o.provision||void 0},u=ne(us,{filter:s,lang:i}),[g,d]=Q();Ce(()=>{fetch("/app/basemap.json").then(_=>_.json()).then(d,()=>{})},[]);const p=g?.features.filter(_=>_.properties.france),c=cs().parallels([44,49]).rotate([-3,0]);p&&c.fitExtent([[10,10],[ui-10,di-10]],{type:"FeatureCollection",features:p});const f=Jo(c),m=_=>{_.preventDefault();const v=new FormData(_.currentTarget),h=new URLSearchParams(o);for(const E of["from","to","kind","provision"]){const $=String(v.get(E)??"");$?h.set(E,$):h.delete(E)}l(`${a}?${h}`)};return r(M,{children:[r("h1",{children:e.map}),r(pe,{query:u,children:_=>{const v=_.incidentsGeojson;return r(M,{children:[r("form",{class:"filters",onSubmit:m,"aria-label":e.filters,children:[r("label",{children:[e.from," ",r("input",{type:"date",name:"from",defaultValue:s.from})]}),r("label",{children:[e.to," ",r("input",{type:"date",name:"to",defaultValue:s.to})]}),r("label",{children:[e.kind," ",r("select",{name:"kind",defaultValue:s.kind??"",children:[r("option",{value:"",children:e.any}),ds.map(h=>r("option",{value:h,children:n(h)}))]})]}),r("label",{children:[e.provision," ",r("select",{name:"provision",defaultValue:s.provision??"",children:[r("option",{value:"",children:e.any}),_.provisions.nodes.map(h=>r("option",{value:h.slug,children:h.heading}))]})]}),r("button",{type:"submit",children:e.filters})]},JSON.stringify(s)),r("p",{class:"map-count","aria-live":"polite",children:e.markers(v.features.length,v.withoutCoordinates)}),r("svg",{class:"map",viewBox:`0 0 ${ui} ${di}`,role:"group","aria-label":e.map,children:[g?.features.map(h=>r("path",{d:f(h)??"",class:h.properties.france?"land-fr":"land","aria-hidden":"true"})),v.features.map(h=>{const[E,$]=c(h.geometry.coordinates)??[0,0];return r("a",{href:t(`/incidents/${h.properties.slug}`),class:"marker","aria-label":`${h.properties.occurredOn} ${h.properties.title}`,children:r("circle",{cx:E,cy:$,r:"6","data-slug":h.properties.slug,children:r("title",{children:`${h.properties.occurredOn} — ${h.properties.title}${h.properties.facilityName?` (${h.properties.facilityName})`:""}`})})})})]}),r("p",{class:"note",children:e.basemapCredit}),r("ol",{class:"map-list",children:v.features.map(h=>r("li",{children:[r("time",{children:h.properties.occurredOn})," ",r("a",{href:t(`/incidents/${h.properties.slug}`),children:h.properties.title}),h.properties.facilityName?` — ${h.properties.facilityName}`:""]}))})]})}})]})}j(`
  fragment NodeLink on Node {
    __typename
    ... on Provision { slug }
    ... on Incident { slug }
    ... on Criticism { slug }
    ... on Facility { slug }
    ... on Actor { slug }
    ... on Source { slug }
    ... on Law { slug }
  }
`);const ps={Provision:"/provisions/",Incident:"/incidents/",Criticism:"/criticisms/",Facility:"/facilities/",Actor:"/actors/",Source:"/sources/"};function ir(e){if(!e?.__typename)return;if(e.__typename==="Law")return"/";const n=ps[e.__typename];return n&&e.slug?`${n}${e.slug}`:void 0}const fs=j(`
  query TimelinePage($from: Date, $to: Date, $lang: Language) {
    timeline(from: $from, to: $to, first: 100) {
      type date datePrecision title(lang: $lang) slug
      node { id ...NodeLink }
    }
  }
`);function hs(){const{t:e,label:n,href:t,apiLang:i}=U(),{query:o,path:a,route:l}=Ee(),s=o.from||void 0,u=o.to||void 0,g=ne(fs,{from:s,to:u,lang:i}),d=p=>{p.preventDefault();const c=new FormData(p.currentTarget),f=new URLSearchParams(o);for(const m of["from","to"]){const _=String(c.get(m)??"");_?f.set(m,_):f.delete(m)}l(`${a}?${f}`)};return r(M,{children:[r("h1",{children:e.timeline}),r("form",{class:"filters",onSubmit:d,"aria-label":e.filters,children:[r("label",{children:[e.from," ",r("input",{type:"date",name:"from",defaultValue:s})]}),r("label",{children:[e.to," ",r("input",{type:"date",name:"to",defaultValue:u})]}),r("button",{type:"submit",children:e.filters})]},`${s}|${u}`),r(pe,{query:g,children:p=>r("ol",{class:"chrono timeline",children:p.timeline.map(c=>{const f=ir(c.node);return r("li",{class:`chrono-${c.type}`,children:[r("time",{children:c.date})," ",r("span",{class:"tag",children:n(c.type)})," ",f?r("a",{href:t(f),children:c.title}):c.title]})})})})]})}const ms=j(`
  query SearchPage($q: String!) {
    search(query: $q, first: 30) {
      totalCount
      nodes { type slug title snippet node { id ...NodeLink } }
    }
  }
`);function _s({q:e}){const{t:n,label:t,href:i}=U(),o=ne(ms,{q:e},!1);return r(pe,{query:o,children:a=>r(M,{children:[r("p",{"aria-live":"polite",children:n.results(a.search.totalCount)}),r("ol",{class:"hits",children:a.search.nodes.map(l=>{const s=ir(l.node);return r("li",{"data-type":l.type,children:[r("span",{class:"tag",children:t(l.type)})," ",s?r("a",{href:i(s),children:l.title}):l.title,r("br",{}),r(Or,{text:l.snippet})]})})})]})})}function ys(){const{t:e}=U(),{query:n,path:t,route:i}=Ee(),[o,a]=Q(n.q??"");return Ce(()=>{const l=setTimeout(()=>{if((n.q??"")===o.trim())return;const s=new URLSearchParams(n);o.trim()?s.set("q",o.trim()):s.delete("q"),i(`${t}${s.toString()?`?${s}`:""}`,!0)},200);return()=>clearTimeout(l)},[o]),r(M,{children:[r("h1",{children:e.search}),r("form",{role:"search",onSubmit:l=>l.preventDefault(),children:[r("label",{for:"q",children:e.searchLabel})," ",r("input",{id:"q",type:"search",value:o,onInput:l=>a(l.currentTarget.value),autoComplete:"off"})]}),n.q&&r(_s,{q:n.q})]})}const vs=j(`
  query ActorPage($slug: ID!, $lang: Language) {
    actor(id: $slug) {
      slug name kind description
      citations { quote note source { slug title reliability } }
      criticisms(first: 100) {
        nodes {
          slug stance rights summary(lang: $lang) quote statedOn
          provisions { provision { slug heading(lang: $lang) } }
          citations { quote note source { slug title reliability } }
        }
      }
    }
  }
`);function Es({slug:e}){const{t:n,label:t,href:i,apiLang:o}=U(),a=ne(vs,{slug:e,lang:o});return r(pe,{query:a,children:l=>{const s=l.actor;if(!s)return r("h1",{children:n.notFound});const u=new Map;for(const g of s.criticisms.nodes)for(const d of g.rights.length?g.rights:["—"])u.set(d,[...u.get(d)??[],g]);return r(M,{children:[r("h1",{children:s.name}),r("p",{children:s.description}),r(de,{citations:s.citations}),r("h2",{children:n.byRight}),[...u.entries()].map(([g,d])=>r("section",{class:"right",children:[r("h3",{children:g.replace(/_/g," ")}),r("ul",{children:d.map(p=>r("li",{children:[r("span",{class:"tag",children:t(p.stance)})," ",r("a",{href:i(`/criticisms/${p.slug}`),children:p.summary}),p.statedOn?` (${p.statedOn})`:"",p.provisions.length>0&&r(M,{children:[" → ",p.provisions.map(c=>r("a",{href:i(`/provisions/${c.provision.slug}`),children:[c.provision.heading," "]}))]}),r(de,{citations:p.citations})]}))})]}))]})}})}const bs=j(`
  query LawCitations($lang: Language) {
    laws(first: 5) {
      nodes {
        slug titleFr citations { quote source { slug } }
        stages { slug description citations { quote source { slug } } }
        events { slug title(lang: $lang) provision { slug } citations { quote source { slug } } }
        claims { question claims { value citations { quote source { slug } } } }
      }
    }
    facilities(first: 100) { nodes { slug name citations { quote source { slug } } } }
    actors(first: 100) { nodes { slug name citations { quote source { slug } } } }
  }
`),$s=j(`
  query ProvisionCitations($lang: Language) {
    provisions(first: 100) {
      nodes {
        slug heading(lang: $lang) citations { quote source { slug } }
        parameters { label citations { quote source { slug } } }
        texts { text source { slug } }
      }
    }
  }
`),Ss=j(`
  query IncidentCitations($lang: Language) {
    incidents(first: 100) {
      nodes {
        slug title(lang: $lang) citations { quote source { slug } }
        outcomes { name citations { quote source { slug } } }
        provisions { provision { slug heading(lang: $lang) } citations { quote source { slug } } }
      }
    }
  }
`),Is=j(`
  query CriticismCitations($lang: Language) {
    criticisms(first: 100) {
      nodes {
        slug summary(lang: $lang) citations { quote source { slug } }
        provisions { provision { slug heading(lang: $lang) } citations { quote source { slug } } }
      }
    }
  }
`);function ws(e){const{apiLang:n}=U(),t=ne(bs,{lang:n}),i=ne($s,{lang:n}),o=ne(Ss,{lang:n}),a=ne(Is,{lang:n});if(!t.data||!i.data||!o.data||!a.data)return{};const l=[],s=(u,g,d)=>{for(const p of u)p.source.slug===e&&l.push({quote:p.quote,label:g,path:d})};for(const u of t.data.laws.nodes){s(u.citations,u.titleFr,"/");for(const g of u.stages)s(g.citations,g.description,"/");for(const g of u.events)s(g.citations,g.title,g.provision?`/provisions/${g.provision.slug}`:"/");for(const g of u.claims)for(const d of g.claims)s(d.citations,`${g.question} — ${d.value}`,"/")}for(const u of t.data.facilities.nodes)s(u.citations,u.name,`/facilities/${u.slug}`);for(const u of t.data.actors.nodes)s(u.citations,u.name,`/actors/${u.slug}`);for(const u of i.data.provisions.nodes){s(u.citations,u.heading,`/provisions/${u.slug}`);for(const g of u.parameters)s(g.citations,`${u.heading} — ${g.label}`,`/provisions/${u.slug}`);for(const g of u.texts)s([{quote:g.text,source:g.source}],`${u.heading}`,`/provisions/${u.slug}`)}for(const u of o.data.incidents.nodes){s(u.citations,u.title,`/incidents/${u.slug}`);for(const g of u.outcomes)s(g.citations,`${u.title} — ${g.name}`,`/incidents/${u.slug}`);for(const g of u.provisions)s(g.citations,`${u.title} → ${g.provision.heading}`,`/provisions/${g.provision.slug}`)}for(const u of a.data.criticisms.nodes){s(u.citations,u.summary,`/criticisms/${u.slug}`);for(const g of u.provisions)s(g.citations,`${u.summary} → ${g.provision.heading}`,`/provisions/${g.provision.slug}`)}return{data:l}}const Ts=j(`
  query SourcePage($slug: ID!) {
    source(id: $slug) { slug title publisher publishedOn language url kind reliability reliabilityNote text }
  }
`);function rr(e,n){const t=[];for(const a of n){if(!a.quote)continue;let l=e.indexOf(a.quote);for(;l>=0;)t.push({start:l,end:l+a.quote.length,passage:a}),l=e.indexOf(a.quote,l+1)}const i=[...new Set([0,e.length,...t.flatMap(a=>[a.start,a.end])])].sort((a,l)=>a-l),o=[];for(let a=0;a+1<i.length;a++){const[l,s]=[i[a],i[a+1]];o.push({start:l,end:s,passages:t.filter(u=>u.start<=l&&u.end>=s).map(u=>u.passage)})}return{pieces:o,found:[...new Set(t.map(a=>a.passage))]}}function or({text:e,passages:n,focus:t,containerRef:i,label:o}){const{href:a}=U(),{pieces:l}=rr(e,n);let s=!1;return r("div",{class:"source-text",ref:i,tabIndex:0,role:"region","aria-label":o,children:l.map(u=>{const g=e.slice(u.start,u.end);if(u.passages.length===0)return g;const d=!!t&&u.passages.some(f=>f.quote===t),p=d&&!s?"focus":void 0;p&&(s=!0);const c=u.passages[0];return r("mark",{id:p,class:d?"cited focus":"cited",title:u.passages.map(f=>f.label).join(" · "),children:g.trim()?r("a",{href:a(c.path),children:g}):g})})})}function Ns({slug:e}){const{t:n,label:t,href:i}=U(),{auth:o}=xi(),{query:a,route:l}=Ee(),s=ne(Ts,{slug:e}),u=ws(e),g=me(null),d=!!s.data&&!!u.data;return Ce(()=>{d&&document.getElementById("focus")?.scrollIntoView({block:"center"})},[d,a.quote]),r(pe,{query:s,children:p=>{const c=p.source;if(!c)return r("h1",{children:n.notFound});const f=u.data??[],{found:m}=rr(c.text,f);return r(M,{children:[r("h1",{children:c.title}),r("p",{children:[c.publisher??""," ",c.publishedOn??""," · ",n.reliability,n.colon,r("span",{class:`rel rel-${c.reliability}`,children:t(c.reliability)}),c.url&&r(M,{children:[" · ",r("span",{class:"url",children:c.url})]})]}),r("p",{class:"note",children:c.reliabilityNote}),r("p",{"aria-live":"polite",class:"passage-count","aria-busy":!u.data,children:u.data?n.citedPassages(m.length):n.loading}),o&&r("p",{children:[n.selectPassage," ",r("button",{type:"button",id:"link-selection",onClick:()=>{const _=Ai(g.current,c.text);_&&l(i("/curation",{source:c.slug,quote:_}))},children:n.linkSelection})]}),r(or,{text:c.text,passages:f,focus:a.quote,containerRef:g,label:c.title}),r("h2",{children:n.evidence}),r("ul",{class:"passages",children:m.map(_=>r("li",{children:[n.open,_.quote,n.close," — ",n.supports," ",r("a",{href:i(_.path),children:_.label})]}))})]})}})}const Cs=j(`
  query IncidentPage($slug: ID!, $lang: Language) {
    incident(id: $slug) {
      slug title(lang: $lang) summary(lang: $lang) occurredOn timeOfDay kinds place campaign
      facility { slug name city }
      investigatingBody { slug name }
      outcomes { display(lang: $lang) name citations { quote note source { slug title reliability } } }
      citations { quote note source { slug title reliability } }
      corroboration { sourceCount bestReliability onlyLowReliability }
      provisions { relation provision { slug heading(lang: $lang) } citations { quote note source { slug title reliability } } }
      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }
    }
  }
`);function Os({slug:e}){const{t:n,label:t,href:i,apiLang:o}=U(),a=ne(Cs,{slug:e,lang:o});return r(pe,{query:a,children:l=>{const s=l.incident;return s?r(M,{children:[r("h1",{children:s.title}),r("p",{children:[r("time",{children:s.occurredOn}),s.timeOfDay?` ${s.timeOfDay}`:""," · ",s.kinds.map(t).join(", "),s.facility&&r(M,{children:[" · ",r("a",{href:i(`/facilities/${s.facility.slug}`),children:s.facility.name})]}),s.investigatingBody&&r(M,{children:[" · ",r("a",{href:i(`/actors/${s.investigatingBody.slug}`),children:s.investigatingBody.name})]})]}),r("p",{children:r(ke,{value:s.corroboration})}),r("p",{children:s.summary}),r("h2",{children:n.evidence}),r(de,{citations:s.citations}),s.outcomes.length>0&&r(M,{children:[r("h2",{children:n.outcomes}),r("ul",{children:s.outcomes.map(u=>r("li",{children:[u.name,n.colon,u.display,r(de,{citations:u.citations})]}))})]}),r("h2",{children:n.provision}),s.provisions.length===0?r("p",{children:n.none}):r("ul",{children:s.provisions.map(u=>r("li",{children:[r("a",{href:i(`/provisions/${u.provision.slug}`),children:u.provision.heading})," · ",t(u.relation),r(de,{citations:u.citations})]}))}),r(St,{claims:s.claims})]}):r("h1",{children:n.notFound})}})}const Rs=j(`
  query FacilityPage($slug: ID!, $lang: Language) {
    facility(id: $slug) {
      slug name kind city aliases latitude longitude coordinatesNote
      citations { quote note source { slug title reliability } }
      incidents(first: 100) { nodes { slug title(lang: $lang) occurredOn kinds } }
      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }
    }
  }
`);function Ls({slug:e}){const{t:n,label:t,href:i,apiLang:o}=U(),a=ne(Rs,{slug:e,lang:o});return r(pe,{query:a,children:l=>{const s=l.facility;return s?r(M,{children:[r("h1",{children:s.name}),r("p",{children:[s.city??"",s.aliases.length>0&&r(M,{children:[" · ",n.aliases,n.colon,s.aliases.join(", ")]})]}),s.coordinatesNote&&r("p",{class:"note",children:[s.latitude,", ",s.longitude," — ",s.coordinatesNote]}),r(de,{citations:s.citations}),r("h2",{children:n.incidents}),r("ul",{class:"incidents",children:s.incidents.nodes.map(u=>r("li",{children:[r("time",{children:u.occurredOn})," ",r("a",{href:i(`/incidents/${u.slug}`),children:u.title})," (",u.kinds.map(t).join(", "),")"]}))}),r(St,{claims:s.claims})]}):r("h1",{children:n.notFound})}})}const Ps=j(`
  query CriticismPage($slug: ID!, $lang: Language) {
    criticism(id: $slug) {
      slug stance rights summary(lang: $lang) quote statedOn version
      author { slug name }
      citations { quote note source { slug title reliability } }
      corroboration { sourceCount bestReliability onlyLowReliability }
      provisions { provision { slug heading(lang: $lang) } citations { quote note source { slug title reliability } } }
    }
  }
`);function As({slug:e}){const{t:n,label:t,href:i,apiLang:o}=U(),a=ne(Ps,{slug:e,lang:o});return r(pe,{query:a,children:l=>{const s=l.criticism;return s?r(M,{children:[r("h1",{children:[r("a",{href:i(`/actors/${s.author.slug}`),children:s.author.name})," · ",t(s.stance)]}),r("p",{class:"summary",children:s.summary}),s.quote&&r("blockquote",{children:[n.open,s.quote,n.close]}),r("p",{children:[s.rights.join(", ")," ",s.statedOn?`· ${s.statedOn}`:""," · ",r(ke,{value:s.corroboration})]}),r(de,{citations:s.citations}),r("h2",{children:n.provision}),r("ul",{children:s.provisions.map(u=>r("li",{children:[r("a",{href:i(`/provisions/${u.provision.slug}`),children:u.provision.heading}),r(de,{citations:u.citations})]}))})]}):r("h1",{children:n.notFound})}})}const ks=j(`
  query EditCriticism($slug: ID!) {
    criticism(id: $slug) {
      slug version stance rights quote statedOn
      summary(lang: EN)
      french: localizedSummary(lang: FR) { text language }
      author { slug }
      citations { quote note source { slug } }
    }
  }
`),qs=j(`
  mutation UpdateCriticism($id: ID!, $expectedVersion: Int!, $input: CriticismInput!) {
    updateCriticism(id: $id, expectedVersion: $expectedVersion, input: $input) { revision { id } }
  }
`);async function Yn(e){return(await Xe(ks,{slug:e})).criticism}function Ds({auth:e,criticisms:n}){const{t}=U(),[i,o]=Q(),[a,l]=Q(""),[s,u]=Q(""),[g,d]=Q(),[p,c]=Q(),f=async _=>{const v=await Yn(_);o(v??void 0),l(v?.summary??""),u(v?.french.language==="FR"?v.french.text:""),d(void 0),c(void 0)},m=async _=>{const v={slug:_.slug,actor:_.author.slug,stance:_.stance,rights:_.rights,summary:a,summaryFr:s.trim()?s:null,quote:_.quote,statedOn:_.statedOn,citations:_.citations.map(h=>({source:h.source.slug,quote:h.quote,note:h.note}))};try{await Xe(qs,{id:_.slug,expectedVersion:_.version,input:v},e);const h=await Yn(_.slug);o(h??void 0),d(void 0),c({ok:!0,text:t.saved})}catch(h){h instanceof wn&&h.code==="CONFLICT"?(d(await Yn(_.slug)??void 0),c({ok:!1,text:t.conflict})):c({ok:!1,text:h instanceof Error?h.message:String(h)})}};return r("section",{"aria-labelledby":"edit-title",children:[r("h2",{id:"edit-title",children:t.editTitle}),r("label",{children:[t.criticism," ",r("select",{id:"edit-criticism",value:i?.slug??"",onChange:_=>f(_.currentTarget.value),children:[r("option",{value:"",children:"—"}),n.map(_=>r("option",{value:_.slug,children:_.summary.slice(0,80)}))]})]}),i&&r("form",{onSubmit:_=>{_.preventDefault(),m(i)},children:[r("p",{children:[t.version," ",r("span",{id:"seen-version",children:i.version})]}),r("label",{children:[t.summaryEn," ",r("textarea",{id:"edit-summary",lang:"en",rows:4,value:a,onInput:_=>l(_.currentTarget.value)})]}),r("label",{children:[t.summaryFr," ",r("textarea",{id:"edit-summary-fr",lang:"fr",rows:4,value:s,onInput:_=>u(_.currentTarget.value)})]}),r("button",{type:"submit",id:"save",children:t.save})]}),p&&r("p",{role:"status",id:"edit-status",class:p.ok?"ok":"error",children:p.text}),g&&r("div",{class:"conflict",id:"conflict",children:[r("h3",{children:[t.currentRecord," (",t.version," ",g.version,")"]}),r("p",{class:"current-summary",children:g.summary}),r("button",{type:"button",id:"reapply",onClick:()=>m(g),children:t.reapply})]})]})}function sr(e,n){return e.kind==="refused"?n.wrongLogin:e.kind==="throttled"?n.throttled(e.seconds):n.serverMessages[e.message]??e.message}function Ue(e){const{t:n}=U(),{id:t,problem:i,help:o}=e,a=i?.kind==="field"&&i.field===e.name?sr(i,n):void 0,l=[o&&`${t}-help`,a&&`${t}-error`].filter(Boolean).join(" ")||void 0;return r("p",{class:"field",children:[r("label",{for:t,children:e.label})," ",r("input",{id:t,name:e.name,type:e.type??"text",autoComplete:e.autoComplete,value:e.value,minLength:e.minLength,required:!0,"aria-invalid":a?!0:void 0,"aria-describedby":l}),o&&r("span",{id:`${t}-help`,class:"help",children:[" ",o]}),a&&r("span",{id:`${t}-error`,class:"error",role:"alert",children:[" ",a]})]})}function gi({id:e,problem:n}){const{t}=U();return!n||n.kind==="field"?null:r("p",{id:e,role:"alert",class:"error",children:sr(n,t)})}function zn(e){e.preventDefault();const n=new FormData(e.currentTarget);return t=>String(n.get(t)??"")}function xs({notice:e}){const{t:n}=U(),{query:t,path:i,route:o}=Ee(),a=t.invite??"",[l,s]=Q(),[u,g]=Q(),[d,p]=Q(!1),c=async m=>{const _=zn(m);p(!0),s(void 0),s(await ao(_("login").trim(),_("password"))),p(!1)},f=async m=>{const _=zn(m);p(!0),g(void 0);const v=await lo(_("code").trim(),_("login").trim(),_("password"));if(p(!1),g(v),!v&&a){const h=new URLSearchParams(t);h.delete("invite"),o(`${i}${h.toString()?`?${h}`:""}`,!0)}};return r(M,{children:[e&&r("p",{role:"status",class:"ok",children:e}),r("section",{"aria-labelledby":"sign-in-title",children:[r("h2",{id:"sign-in-title",children:n.signIn}),r("form",{id:"sign-in",class:"auth",onSubmit:c,children:[r(Ue,{id:"sign-in-login",name:"login",label:n.login,autoComplete:"username",problem:l}),r(Ue,{id:"sign-in-password",name:"password",label:n.password,type:"password",autoComplete:"current-password",problem:l}),r("button",{type:"submit",disabled:d,children:n.signIn}),r(gi,{id:"sign-in-error",problem:l})]})]}),r("details",{id:"invitation",open:!!a,children:[r("summary",{children:n.haveInvitation}),r("form",{id:"accept-invitation",class:"auth",onSubmit:f,children:[r(Ue,{id:"invite-code",name:"code",label:n.invitationCode,autoComplete:"off",value:a||void 0,problem:u}),r(Ue,{id:"invite-login",name:"login",label:n.login,autoComplete:"username",problem:u}),r(Ue,{id:"invite-password",name:"password",label:n.newPassword,type:"password",autoComplete:"new-password",help:n.newPasswordHelp,minLength:12,problem:u}),r("button",{type:"submit",disabled:d,children:n.acceptInvitation}),r(gi,{id:"invite-error",problem:u})]})]}),r("details",{id:"token-option",children:[r("summary",{children:n.useToken}),r("form",{id:"token-form",onSubmit:m=>{const _=zn(m)("token").trim();_&&co(_)},children:[r("p",{class:"help",children:n.useTokenHelp}),r("label",{for:"token",children:n.token})," ",r("input",{id:"token",name:"token",type:"password",autoComplete:"off",required:!0})," ",r("button",{type:"submit",children:n.signIn})]})]})]})}const Ms=j(`
  query CurationChoices($lang: Language) {
    provisions(first: 100) { nodes { slug heading(lang: $lang) } }
    criticisms(first: 100) { nodes { slug summary(lang: $lang) author { name } } }
    incidents(first: 100) { nodes { slug title(lang: $lang) occurredOn } }
    sources(first: 100) { nodes { slug title } }
  }
`),Fs=j(`
  query CurationSource($slug: ID!) { source(id: $slug) { slug title text } }
`),Us=j(`
  mutation LinkCriticism($criticism: ID!, $input: CriticismLinkInput!) {
    linkCriticism(criticism: $criticism, input: $input) { revision { id operation } }
  }
`),Hs=j(`
  mutation LinkIncident($input: IncidentLinkInput!) {
    linkIncident(input: $input) { revision { id operation } }
  }
`),Gs=["REACTION_TO_PROVISION","CITED_AS_JUSTIFICATION","COINCIDED_WITH_DEBATE"];function Bs(){const{t:e,label:n,apiLang:t}=U(),{query:i,path:o,route:a}=Ee(),{auth:l,checking:s}=xi(),[u,g]=Q(),[d,p]=Q(!1),c=ne(Ms,{lang:t}),f=i.source??"",m=ne(Fs,{slug:f||"-"}),_=me(null),[v,h]=Q("criticism"),[E,$]=Q(i.quote??""),[I,T]=Q(),O=(C,b)=>{const R=new URLSearchParams(i);b?R.set(C,b):R.delete(C),a(`${o}?${R}`,!0)};if(s)return r(M,{children:[r("h1",{children:e.curation}),r("p",{"aria-busy":"true",children:e.loading})]});if(!l)return r(M,{children:[r("h1",{children:e.curation}),r(xs,{notice:u})]});const P=async C=>{C.preventDefault();const b=new FormData(C.currentTarget),R={source:f,quote:E,note:String(b.get("note")??"")||null};try{v==="criticism"?await Xe(Us,{criticism:String(b.get("target")),input:{provision:String(b.get("provision")),citations:[R]}},l):await Xe(Hs,{input:{incident:String(b.get("target")),provision:String(b.get("provision")),relation:String(b.get("relation")),citations:[R]}},l),T({ok:!0,text:e.linked})}catch(N){N instanceof wn&&N.code==="UNAUTHENTICATED"&&Di(),T({ok:!1,text:N instanceof Error?N.message:String(N)})}};return r(M,{children:[r("h1",{children:e.curation}),r("p",{children:[r("span",{id:"signed-in",children:l.kind==="session"?`${e.signedInAs(l.login)}${e.roles[l.role]?` (${e.roles[l.role]})`:""}`:e.signedInWithToken})," ","·"," ",r("button",{type:"button",id:"sign-out",onClick:async()=>{const C=await uo();T(void 0),p(!C),g(C?e.signedOut:void 0)},children:e.signOut}),d&&r("span",{role:"alert",class:"error",children:[" ",e.signOutFailed]})]}),r(pe,{query:c,children:C=>r(M,{children:[r("section",{"aria-labelledby":"link-title",children:[r("h2",{id:"link-title",children:e.linkTitle}),r("form",{class:"curation",onSubmit:P,children:[r("label",{children:[e.linkWhat," ",r("select",{name:"what",value:v,onChange:b=>h(b.currentTarget.value),children:[r("option",{value:"criticism",children:e.criticism}),r("option",{value:"incident",children:e.incident})]})]}),r("label",{children:[v==="criticism"?e.criticism:e.incident," ",r("select",{name:"target",id:"target",children:v==="criticism"?C.criticisms.nodes.map(b=>r("option",{value:b.slug,children:[b.author.name," — ",b.summary.slice(0,80)]})):C.incidents.nodes.map(b=>r("option",{value:b.slug,children:[b.occurredOn," — ",b.title]}))})]}),v==="incident"&&r("label",{children:[e.relation," ",r("select",{name:"relation",children:Gs.map(b=>r("option",{value:b,children:n(b)}))})]}),r("label",{children:[e.provision," ",r("select",{name:"provision",id:"provision",children:C.provisions.nodes.map(b=>r("option",{value:b.slug,children:b.heading}))})]}),r("label",{children:[e.source," ",r("select",{name:"source",id:"source",value:f,onChange:b=>O("source",b.currentTarget.value),children:[r("option",{value:"",children:"—"}),C.sources.nodes.map(b=>r("option",{value:b.slug,children:b.title}))]})]}),r("p",{children:[e.selectPassage," ",r("button",{type:"button",id:"use-selection",onClick:()=>$(Ai(_.current,m.data?.source?.text??"")??""),children:e.useSelection})]}),r("label",{children:[e.quote," ",r("textarea",{name:"quote",id:"quote",readOnly:!0,value:E,rows:3})]}),r("label",{children:[e.note," ",r("input",{name:"note"})]}),r("button",{type:"submit",id:"link",disabled:!E||!f,children:e.link}),I&&r("p",{role:"status",class:I.ok?"ok":"error",children:I.text})]}),m.data?.source&&r(or,{text:m.data.source.text,passages:[],containerRef:_,label:m.data.source.title})]}),r(Ds,{auth:l,criticisms:C.criticisms.nodes})]})})]})}function Ws(){const{t:e,lang:n,href:t}=U(),{path:i,query:o}=Ee(),a=n==="fr"?"en":"fr",l=new URLSearchParams(o);a==="en"?l.set("lang","en"):l.delete("lang");const s=`${i}${l.toString()?`?${l}`:""}`;return Ce(()=>{document.documentElement.lang=n},[n]),r("header",{children:[r("a",{class:"skip",href:"#main",children:e.skip}),r("nav",{"aria-label":e.nav,children:[r("a",{class:"brand",href:t("/"),children:"lawtracker"}),r("a",{href:t("/"),children:e.law}),r("a",{href:t("/map"),children:e.map}),r("a",{href:t("/timeline"),children:e.timeline}),r("a",{href:t("/search"),children:e.search}),r("a",{href:t("/curation"),children:e.curation}),r("a",{class:"lang",href:s,hrefLang:a,lang:a,"aria-label":`${e.language}: ${a==="en"?"English":"Français"}`,children:a==="en"?"English":"Français"})]})]})}function Vs(){return r(on,{scope:"/app",children:[r(Ws,{}),r("main",{id:"main",tabIndex:-1,children:r(Li,{children:[r(se,{path:"/app",component:Bt}),r(se,{path:"/app/",component:Bt}),r(se,{path:"/app/provisions/:slug",component:bo}),r(se,{path:"/app/map",component:gs}),r(se,{path:"/app/timeline",component:hs}),r(se,{path:"/app/search",component:ys}),r(se,{path:"/app/actors/:slug",component:Es}),r(se,{path:"/app/sources/:slug",component:Ns}),r(se,{path:"/app/incidents/:slug",component:Os}),r(se,{path:"/app/facilities/:slug",component:Ls}),r(se,{path:"/app/criticisms/:slug",component:As}),r(se,{path:"/app/curation",component:Bs}),r(se,{default:!0,component:Lr})]})})]})}Di();fr(r(Vs,{}),document.getElementById("app"));
